/**
 * Telling people what happened: the notification centre (in-app notifications rendered in the reader's language),
 * e-mail through SMTP from an outbox (immediate or as a daily digest, one-click unsubscribe), subscriptions and
 * saved searches that alert their owners to newly published postings, and password reset by e-mailed token.
 * Other modules notify people through {@link Notifications} with a {@link Notice}.
 */
@NullMarked
package org.hengqiao.notification;

import org.jspecify.annotations.NullMarked;
