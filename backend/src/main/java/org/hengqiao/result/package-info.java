/**
 * Research results (科技成果) offered by universities and institutes: maturity, intellectual property, price,
 * team, application scenarios.
 */
@NullMarked
package org.hengqiao.result;

import org.jspecify.annotations.NullMarked;
