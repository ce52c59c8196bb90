package org.hengqiao.organisation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Operator: verification", description = "Verifying organisations (operators only)")
@RestController
@RequestMapping("/api/v1/operator/verifications")
class VerificationController {

	private final OrganisationManagement organisations;

	VerificationController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@Operation(summary = "Organisations waiting for verification, longest waiting first")
	@GetMapping
	List<VerificationView> queue() {
		return this.organisations.pendingVerifications();
	}

	@Operation(summary = "The verification decisions, newest first, for the audit log")
	@GetMapping("/decisions")
	VerificationDecision.Page decisions(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.organisations.verificationDecisions(page, size);
	}

	/**
	 * The licence shown inline beside the decision. Only the portal itself may frame it (the security configuration
	 * relaxes framing for this path alone), and only operators may read it here.
	 */
	@Operation(summary = "The licence for an inline preview (operators only; framable by the portal only)")
	@GetMapping("/{organisationId}/licence")
	ResponseEntity<InputStreamResource> licence(@PathVariable long organisationId) {
		LicenceFile licence = this.organisations.licenceForReview(organisationId);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(licence.contentType()))
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(licence.fileName(), StandardCharsets.UTF_8).build().toString());
		if (licence.size() >= 0) {
			response.contentLength(licence.size());
		}
		return response.body(new InputStreamResource(licence.content()));
	}

	@Operation(summary = "Approve or reject a pending organisation; rejecting needs a reason")
	@PostMapping("/{organisationId}")
	VerificationView decide(@PathVariable long organisationId, @Valid @RequestBody Decision decision) {
		return switch (decision.decision()) {
			case APPROVE -> this.organisations.approve(organisationId);
			case REJECT -> this.organisations.reject(organisationId, decision.reason());
		};
	}

	record Decision(@NotNull Verdict decision,
			@Size(max = OrganisationManagement.MAX_REASON) @Nullable String reason) {
	}

	enum Verdict {

		APPROVE, REJECT

	}

}
