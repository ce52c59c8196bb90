package org.hengqiao.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An organisation's verification as its admins and the operators see it.
 *
 * @param rejectionReason why an operator rejected the last request, while the status is REJECTED
 * @param licence the uploaded licence document, if any
 * @param applicant who asked for the verification, in the operators' queue only (they may need to call back)
 */
public record VerificationView(long organisationId, String nameZh, @Nullable String nameEn, OrganisationType type,
		String creditCode, String regionCode, VerificationStatus status, @Nullable String rejectionReason,
		@Nullable Instant requestedAt, @Nullable Instant verifiedAt, @Nullable LicenceInfo licence,
		@Nullable Applicant applicant) {

	/** The admin who asked for verification and how to reach them. */
	public record Applicant(String name, String email, @Nullable String phone) {
	}

	VerificationView withApplicant(@Nullable Applicant applicant) {
		return new VerificationView(this.organisationId, this.nameZh, this.nameEn, this.type, this.creditCode,
				this.regionCode, this.status, this.rejectionReason, this.requestedAt, this.verifiedAt, this.licence,
				applicant);
	}

	/** The licence document's details; the content is downloaded separately. */
	public record LicenceInfo(String fileName, String contentType, long size, String sha256, Instant uploadedAt) {
	}

	static VerificationView of(Organisation organisation) {
		LicenceInfo licence = null;
		if (organisation.licenceKey() != null && organisation.licenceUploadedAt() != null) {
			licence = new LicenceInfo(String.valueOf(organisation.licenceFileName()),
					String.valueOf(organisation.licenceContentType()),
					organisation.licenceSize() != null ? organisation.licenceSize() : 0,
					String.valueOf(organisation.licenceSha256()), organisation.licenceUploadedAt());
		}
		return new VerificationView(organisation.id(), organisation.nameZh(), organisation.nameEn(),
				organisation.type(), organisation.creditCode(), organisation.regionCode(),
				organisation.verificationStatus(),
				organisation.verificationStatus() == VerificationStatus.REJECTED ? organisation.verificationNote()
						: null,
				organisation.verificationRequestedAt(), organisation.verifiedAt(), licence, null);
	}

}
