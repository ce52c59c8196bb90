package org.hengqiao.organisation;

import java.util.Map;

import org.hengqiao.system.DomainException;

/**
 * The verification lifecycle does not allow this now: asking again while pending, deciding on an organisation that
 * did not ask, replacing the licence of a verified organisation.
 */
class VerificationStepRefused extends DomainException {

	private final VerificationStatus status;

	VerificationStepRefused(VerificationStatus status) {
		super(Kind.CONFLICT, "verificationStepRefused", status.name());
		this.status = status;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("verificationStatus", this.status.name());
	}

}
