package org.hengqiao.organisation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hengqiao.system.StoredFile;
import org.jspecify.annotations.Nullable;

/** An organisation and its verification. Transitions are methods that refuse what the lifecycle does not allow. */
@Entity
@Table(name = "organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private OrganisationType type;

	private String nameZh;

	private @Nullable String nameEn;

	private String creditCode;

	private String regionCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "industry_section")
	private @Nullable IndustrySection industry;

	@Enumerated(EnumType.STRING)
	@Column(name = "size")
	private @Nullable OrganisationSize organisationSize;

	private @Nullable String website;

	private @Nullable String profile;

	@Enumerated(EnumType.STRING)
	private VerificationStatus verificationStatus;

	private @Nullable String verificationNote;

	private @Nullable Instant verificationRequestedAt;

	private @Nullable Instant verifiedAt;

	private @Nullable Long verifiedBy;

	@Column(name = "licence_document")
	private @Nullable String licenceKey;

	private @Nullable String licenceContentType;

	private @Nullable Long licenceSize;

	private @Nullable String licenceSha256;

	private @Nullable String licenceFileName;

	private @Nullable Instant licenceUploadedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected Organisation() {
		this.type = OrganisationType.ENTERPRISE;
		this.nameZh = "";
		this.creditCode = "";
		this.regionCode = "";
		this.verificationStatus = VerificationStatus.UNVERIFIED;
		this.createdAt = Instant.EPOCH;
	}

	Organisation(NewOrganisation registered, CreditCode creditCode, Instant now) {
		this.type = registered.type();
		this.nameZh = registered.nameZh().strip();
		this.nameEn = blankToNull(registered.nameEn());
		this.creditCode = creditCode.value();
		this.regionCode = registered.regionCode();
		this.industry = registered.industry();
		this.organisationSize = registered.size();
		this.website = blankToNull(registered.website());
		this.profile = blankToNull(registered.profile());
		this.verificationStatus = VerificationStatus.UNVERIFIED;
		this.createdAt = now;
	}

	/**
	 * Changes the editable profile. The names say who the organisation is: once an operator checks them against the
	 * licence (verification requested or granted) they are fixed, like the type and the credit code, so a verified
	 * organisation cannot turn into another one under its verified badge.
	 */
	void change(ProfileChange change) {
		String name = change.nameZh().strip();
		String nameEn = blankToNull(change.nameEn());
		if (identityFixed() && !name.equals(this.nameZh)) {
			throw org.hengqiao.system.InvalidInput.of("nameZh", "organisation.nameZh.verified");
		}
		if (identityFixed() && !java.util.Objects.equals(nameEn, this.nameEn)) {
			throw org.hengqiao.system.InvalidInput.of("nameEn", "organisation.nameEn.verified");
		}
		this.nameZh = name;
		this.nameEn = nameEn;
		this.regionCode = change.regionCode();
		this.industry = change.industry();
		this.organisationSize = change.size();
		this.website = blankToNull(change.website());
		this.profile = blankToNull(change.profile());
	}

	private boolean identityFixed() {
		return this.verificationStatus == VerificationStatus.PENDING
				|| this.verificationStatus == VerificationStatus.VERIFIED;
	}

	/**
	 * Replaces the licence document while the organisation may still ask for verification.
	 * @return the key of the document it replaces, to delete once the change is committed
	 */
	@Nullable String attachLicence(StoredFile file, String fileName, Instant now) {
		if (!this.verificationStatus.mayRequest()) {
			throw new VerificationStepRefused(this.verificationStatus);
		}
		String previous = this.licenceKey;
		this.licenceKey = file.key();
		this.licenceContentType = file.contentType();
		this.licenceSize = file.size();
		this.licenceSha256 = file.sha256();
		this.licenceFileName = fileName;
		this.licenceUploadedAt = now;
		return previous;
	}

	void requestVerification(Instant now) {
		if (!this.verificationStatus.mayRequest()) {
			throw new VerificationStepRefused(this.verificationStatus);
		}
		if (this.licenceKey == null) {
			throw new LicenceMissing();
		}
		this.verificationStatus = VerificationStatus.PENDING;
		this.verificationRequestedAt = now;
	}

	void approve(long operatorId, Instant now) {
		requirePending();
		this.verificationStatus = VerificationStatus.VERIFIED;
		this.verificationNote = null;
		this.verifiedAt = now;
		this.verifiedBy = operatorId;
	}

	void reject(String reason) {
		requirePending();
		this.verificationStatus = VerificationStatus.REJECTED;
		this.verificationNote = reason;
	}

	private void requirePending() {
		if (this.verificationStatus != VerificationStatus.PENDING) {
			throw new VerificationStepRefused(this.verificationStatus);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("The organisation has not been saved yet");
		}
		return this.id;
	}

	OrganisationType type() {
		return this.type;
	}

	String nameZh() {
		return this.nameZh;
	}

	@Nullable String nameEn() {
		return this.nameEn;
	}

	String creditCode() {
		return this.creditCode;
	}

	String regionCode() {
		return this.regionCode;
	}

	@Nullable IndustrySection industry() {
		return this.industry;
	}

	@Nullable OrganisationSize size() {
		return this.organisationSize;
	}

	@Nullable String website() {
		return this.website;
	}

	@Nullable String profile() {
		return this.profile;
	}

	VerificationStatus verificationStatus() {
		return this.verificationStatus;
	}

	@Nullable String verificationNote() {
		return this.verificationNote;
	}

	@Nullable Instant verificationRequestedAt() {
		return this.verificationRequestedAt;
	}

	@Nullable Instant verifiedAt() {
		return this.verifiedAt;
	}

	@Nullable String licenceKey() {
		return this.licenceKey;
	}

	@Nullable String licenceContentType() {
		return this.licenceContentType;
	}

	@Nullable Long licenceSize() {
		return this.licenceSize;
	}

	@Nullable String licenceSha256() {
		return this.licenceSha256;
	}

	@Nullable String licenceFileName() {
		return this.licenceFileName;
	}

	@Nullable Instant licenceUploadedAt() {
		return this.licenceUploadedAt;
	}

	long version() {
		return this.version;
	}

}
