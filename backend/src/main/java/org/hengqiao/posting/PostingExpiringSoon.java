package org.hengqiao.posting;

import java.time.LocalDate;

/**
 * A published need's deadline is near (within {@link PostingExpiry#WARNING_DAYS} days); published once per need
 * and deadline so its organisation can extend it or let it lapse knowingly.
 */
public record PostingExpiringSoon(long postingId, PostingKind kind, long organisationId, String title,
		LocalDate deadline) {
}
