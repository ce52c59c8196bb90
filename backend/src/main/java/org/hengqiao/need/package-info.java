/**
 * Technology needs (技术需求) posted by enterprises: what they need solved, by when, with what budget. The lifecycle,
 * visibility and moderation they share with results live in {@link org.hengqiao.posting}.
 */
@NullMarked
package org.hengqiao.need;

import org.jspecify.annotations.NullMarked;
