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

@Tag(name = "Deals", description = "Deals from first contact to a signed technology contract, agreed by both sides, and their history")
@RestController
@RequestMapping("/api/v1/deals")
class DealController {

	private final DealManagement deals;

	DealController(DealManagement deals) {
		this.deals = deals;
	}

	@Operation(summary = "Open a deal on a need and/or a result (members of a verified side, or an assigned broker)",
			description = "Both sides must be verified organisations. The deal is confirmed at once when the two "
					+ "organisations have a conversation about one of its postings; otherwise it awaits the other "
					+ "side's confirmation (a broker's deal: both sides'). Without a conversationId the deal links "
					+ "the two organisations' conversation about its need or result when there is exactly one.")
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

	@Operation(summary = "Propose the deal's next stage, or mark it lost",
			description = "A member of a side or the deal's broker proposes the next stage (CONTRACT_SIGNED with the "
					+ "contract's terms); it takes effect once the other side confirms it. LOST (with a reason) "
					+ "needs nobody's consent and is for the two sides only. The version must be the one the "
					+ "caller saw.")
	@PostMapping("/{id}/stage")
	DealView propose(@PathVariable long id, @RequestBody @Valid StageChange change) {
		return this.deals.propose(id, change);
	}

	@Operation(summary = "Confirm a deal for the caller's side",
			description = "The side that did not open the deal agrees to it, at the version it saw. Until both sides "
					+ "have, the deal can only be declined (LOST) or disputed.")
	@PostMapping("/{id}/confirmation")
	DealView confirm(@PathVariable long id, @RequestBody @Valid DealConsent consent) {
		return this.deals.confirm(id, consent);
	}

	@Operation(summary = "Agree to the pending proposal for the caller's side",
			description = "At the version the caller saw, so it agrees to exactly the terms shown; the stage changes "
					+ "once both sides agreed.")
	@PostMapping("/{id}/proposal/confirmation")
	DealView confirmProposal(@PathVariable long id, @RequestBody @Valid DealConsent consent) {
		return this.deals.confirmProposal(id, consent);
	}

	@Operation(summary = "Reject the pending proposal (or withdraw one's own)")
	@PostMapping("/{id}/proposal/rejection")
	DealView rejectProposal(@PathVariable long id, @RequestBody @Valid ProposalRejection rejection) {
		return this.deals.rejectProposal(id, rejection);
	}

	@Operation(summary = "Dispute a deal that is not finished (members of either side, with a reason)",
			description = "The deal ends as DISPUTED; postings it held in negotiation or closed are published again "
					+ "unless another confirmed deal still holds them.")
	@PostMapping("/{id}/dispute")
	DealView dispute(@PathVariable long id, @RequestBody @Valid DealEnding ending) {
		return this.deals.dispute(id, ending);
	}

	@Operation(summary = "Void a deal (operators, with a reason)",
			description = "The deal ends as VOIDED and gives its postings back like a dispute.")
	@PostMapping("/{id}/void")
	DealView voidDeal(@PathVariable long id, @RequestBody @Valid DealEnding ending) {
		return this.deals.voidDeal(id, ending);
	}

	@Operation(summary = "Every stage change of a deal: who, when, from, to, details")
	@GetMapping("/{id}/history")
	List<StageChangeView> history(@PathVariable long id) {
		return this.deals.history(id);
	}

}
