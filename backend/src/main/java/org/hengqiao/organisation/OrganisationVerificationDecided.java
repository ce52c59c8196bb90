package org.hengqiao.organisation;

import org.jspecify.annotations.Nullable;

/**
 * An operator verified an organisation or rejected its verification, published in the deciding transaction so its
 * members are told (the notification module listens). Carries the names, so a notice names the organisation.
 *
 * @param nameEn the English name, or the Chinese one when the organisation gave none
 * @param reason why it was rejected; {@code null} when verified
 */
public record OrganisationVerificationDecided(long organisationId, String nameZh, String nameEn, boolean verified,
		@Nullable String reason) {
}
