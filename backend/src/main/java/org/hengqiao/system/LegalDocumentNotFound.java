package org.hengqiao.system;

/** The platform publishes only its terms of use and its privacy policy. */
class LegalDocumentNotFound extends DomainException {

	LegalDocumentNotFound() {
		super(Kind.NOT_FOUND, "legalDocumentNotFound");
	}

}
