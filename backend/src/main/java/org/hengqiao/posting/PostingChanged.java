package org.hengqiao.posting;

/**
 * A posting was created or changed in any way (content, status, visibility). Published in the transaction that
 * made the change, so the event publication registry keeps it until every listener (the search index, alerts)
 * has handled it. Listeners load the current state through {@link PostingDocuments}: the event carries no
 * content, so an out-of-order delivery can never apply stale data.
 */
public record PostingChanged(long postingId, PostingKind kind, long version) {
}
