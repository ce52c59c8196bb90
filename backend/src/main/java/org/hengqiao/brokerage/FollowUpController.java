package org.hengqiao.brokerage;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Brokers: follow-ups", description = "A broker's follow-ups with due dates; overdue ones are flagged")
@RestController
@RequestMapping("/api/v1/broker/follow-ups")
class FollowUpController {

	private final FollowUpManagement followUps;

	FollowUpController(FollowUpManagement followUps) {
		this.followUps = followUps;
	}

	@Operation(summary = "Add a follow-up on an assigned item or a deal (brokers)")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	FollowUpView create(@RequestBody @Valid FollowUpDraft draft) {
		return this.followUps.create(draft);
	}

	@Operation(summary = "The caller's follow-ups (brokers), or the agency's overdue ones (scope=agency, its admins)")
	@GetMapping
	List<FollowUpView> list(@Parameter(description = "mine or agency") @RequestParam(defaultValue = "mine") String scope,
			@RequestParam(defaultValue = "false") boolean includeDone) {
		return "agency".equals(scope) ? this.followUps.overdueOfMyAgency() : this.followUps.mine(includeDone);
	}

	@Operation(summary = "Mark a follow-up done (its broker)")
	@PostMapping("/{id}/done")
	FollowUpView done(@PathVariable long id) {
		return this.followUps.done(id);
	}

}
