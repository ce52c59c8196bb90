package org.hengqiao.deal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Deals", description = "Deals from first contact to a signed technology contract, and their history")
@RestController
@RequestMapping("/api/v1/deals")
class DealController {

	private final DealManagement deals;

	DealController(DealManagement deals) {
		this.deals = deals;
	}

	@Operation(summary = "Open a deal on a need and/or a result (members of either side, or an assigned broker)",
			description = "Without a conversationId the deal links the two organisations' conversation about its "
					+ "need or result when there is exactly one.")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DealView create(@RequestBody @Valid DealDraft draft) {
		return this.deals.create(draft);
	}

	@Operation(summary = "Deals the caller follows (operators: every deal), optionally at one stage")
	@GetMapping
	List<DealView> list(@RequestParam(required = false) @Nullable DealStage stage) {
		return this.deals.list(stage);
	}

	@Operation(summary = "One deal")
	@GetMapping("/{id}")
	DealView get(@PathVariable long id) {
		return this.deals.get(id);
	}

	@Operation(summary = "Move a deal to another stage",
			description = "CONTRACT_SIGNED needs the contract (value, cooperation mode, signing date, title, type, "
					+ "parties); LOST needs a reason. The version must be the one the caller saw.")
	@PostMapping("/{id}/stage")
	DealView changeStage(@PathVariable long id, @RequestBody @Valid StageChange change) {
		return this.deals.changeStage(id, change);
	}

	@Operation(summary = "Every stage change of a deal: who, when, from, to, details")
	@GetMapping("/{id}/history")
	List<StageChangeView> history(@PathVariable long id) {
		return this.deals.history(id);
	}

}
