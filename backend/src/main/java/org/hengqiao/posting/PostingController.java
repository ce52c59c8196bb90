package org.hengqiao.posting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.PostingListing.ListQuery;
import org.hengqiao.posting.TransitionRequests.Closure;
import org.hengqiao.posting.TransitionRequests.Rejection;
import org.hengqiao.posting.TransitionRequests.Transition;
import org.hengqiao.posting.TransitionRequests.Withdrawal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists of needs and results, and the lifecycle requests both kinds share. The collection in the path
 * ({@code needs} or {@code results}) selects the kind.
 */
@RestController
@RequestMapping("/api/v1/{collection:needs|results}")
@Tag(name = "Postings", description = "Lists and lifecycle of technology needs and research results")
class PostingController {

	private final PostingListing listing;

	private final PostingLifecycle lifecycle;

	PostingController(PostingListing listing, PostingLifecycle lifecycle) {
		this.listing = listing;
		this.lifecycle = lifecycle;
	}

	@GetMapping
	@Operation(summary = "List needs or results",
			description = "Visitors get published postings only; mine=true lists the caller's organisation's "
					+ "postings in every status; operators may name any status.")
	PostingPage<PostingSummary> list(@PathVariable String collection,
			@Parameter(description = "newest, oldest or updated") @RequestParam(defaultValue = "newest") String sort,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(required = false) @Nullable PostingStatus status,
			@RequestParam(required = false) @Nullable Long organisation,
			@RequestParam(required = false) @Nullable IndustryCluster cluster,
			@RequestParam(defaultValue = "false") boolean mine,
			@Parameter(description = "words the title contains (case-insensitive)") @RequestParam(required = false) @Size(max = 100) @Nullable String q) {
		return this.listing.list(kind(collection),
				new ListQuery(status, organisation, cluster, mine, sort, page, size, q));
	}

	@PostMapping("/{id}/submission")
	@Operation(summary = "Submit a draft or a rejected posting for review (verified organisations only)")
	PostingState submit(@PathVariable String collection, @PathVariable long id,
			@RequestBody(required = false) @Valid @Nullable Transition body) {
		return this.lifecycle.submit(kind(collection), id, body != null ? body.version() : null);
	}

	@PostMapping("/{id}/approval")
	@Operation(summary = "Approve a submitted posting: it is published (operators)")
	PostingState approve(@PathVariable String collection, @PathVariable long id,
			@RequestBody(required = false) @Valid @Nullable Transition body) {
		return this.lifecycle.approve(kind(collection), id, body != null ? body.version() : null);
	}

	@PostMapping("/{id}/rejection")
	@Operation(summary = "Reject a submitted posting with a reason the owner sees (operators)")
	PostingState reject(@PathVariable String collection, @PathVariable long id, @RequestBody @Valid Rejection body) {
		return this.lifecycle.reject(kind(collection), id, body.reason(), body.version());
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraw a submitted, published or negotiating posting (owner)")
	PostingState withdraw(@PathVariable String collection, @PathVariable long id,
			@RequestBody(required = false) @Valid @Nullable Withdrawal body) {
		return this.lifecycle.withdraw(kind(collection), id, body != null ? body.reason() : null,
				body != null ? body.version() : null);
	}

	@PostMapping("/{id}/negotiation")
	@Operation(summary = "Mark a published posting as in negotiation (owner)")
	PostingState negotiate(@PathVariable String collection, @PathVariable long id,
			@RequestBody(required = false) @Valid @Nullable Transition body) {
		return this.lifecycle.startNegotiation(kind(collection), id, body != null ? body.version() : null);
	}

	@PostMapping("/{id}/closure")
	@Operation(summary = "Close a published or negotiating posting with its outcome, MATCHED or CANCELLED (owner)")
	PostingState close(@PathVariable String collection, @PathVariable long id, @RequestBody @Valid Closure body) {
		return this.lifecycle.close(kind(collection), id, body.outcome(), body.reason(), body.version());
	}

	static PostingKind kind(String collection) {
		return "needs".equals(collection) ? PostingKind.NEED : PostingKind.RESULT;
	}

}
