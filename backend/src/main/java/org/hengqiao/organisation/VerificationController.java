package org.hengqiao.organisation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
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
