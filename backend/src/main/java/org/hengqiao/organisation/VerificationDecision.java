package org.hengqiao.organisation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One operator's decision on an organisation's verification, as the audit log shows it.
 *
 * @param decision {@code VERIFIED} or {@code REJECTED}
 * @param reason why it was rejected
 * @param operatorName who decided; {@code null} when the account is gone
 */
public record VerificationDecision(long organisationId, String nameZh, @Nullable String nameEn,
		VerificationStatus decision, @Nullable String reason, @Nullable String operatorName, Instant decidedAt) {

	/** A page of decisions, newest first. */
	public record Page(List<VerificationDecision> items, boolean more) {
	}

}
