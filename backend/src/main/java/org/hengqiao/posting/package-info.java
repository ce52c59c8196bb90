/**
 * What technology needs and research results share: one lifecycle from draft to close, moderation, contact
 * visibility, attachments and the audit log. Other modules see postings through {@link PostingDocuments} and
 * the {@link PostingChanged} event.
 */
@NullMarked
package org.hengqiao.posting;

import org.jspecify.annotations.NullMarked;
