package org.hengqiao.system;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hengqiao.system.LegalDocuments.Document;
import org.hengqiao.system.LegalDocuments.Kind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Legal", description = "The terms of use and the privacy policy people consent to when they register")
@RestController
class LegalController {

	private final LegalDocuments documents;

	LegalController(LegalDocuments documents) {
		this.documents = documents;
	}

	@Operation(summary = "The terms of use (terms) or the privacy policy (privacy) in the request's language, with "
			+ "the version a registration must accept (acceptedTermsVersion)")
	@GetMapping("/api/v1/legal/{kind}")
	Document document(@PathVariable String kind, Locale locale) {
		return this.documents.document(parse(kind), locale);
	}

	private static Kind parse(String kind) {
		return switch (kind) {
			case "terms" -> Kind.TERMS;
			case "privacy" -> Kind.PRIVACY;
			default -> throw new LegalDocumentNotFound();
		};
	}

}
