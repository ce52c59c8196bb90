package org.hengqiao.connect;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/interests")
@Tag(name = "Interests", description = "Expressions of interest in needs and results, and their answers")
class InterestController {

	private final Interests interests;

	InterestController(Interests interests) {
		this.interests = interests;
	}

	@PostMapping
	@Operation(summary = "Express interest in another organisation's published need or result",
			description = "Members of verified organisations; one pending or accepted interest per organisation "
					+ "and posting (409 otherwise). offeredPostingId names one of the caller's own public postings.")
	ResponseEntity<InterestView> express(@Valid @RequestBody NewInterest body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.interests.express(body.postingId(), body.message(), body.offeredPostingId()));
	}

	@GetMapping
	@Operation(summary = "Interests the caller's organisation received (box=received) or sent (box=sent)")
	List<InterestView> list(@RequestParam(defaultValue = "received") String box,
			@RequestParam(required = false) @Nullable InterestStatus status) {
		return switch (box) {
			case "received" -> this.interests.received(status);
			case "sent" -> this.interests.sent(status);
			default -> throw InvalidInput.of("box", "connect.box.unknown");
		};
	}

	@GetMapping("/{id}")
	@Operation(summary = "One interest the caller's organisation sent or received")
	InterestView find(@PathVariable long id) {
		return this.interests.find(id);
	}

	@PostMapping("/{id}/confirmation")
	@Operation(summary = "Confirm a broker's introduction of the caller's organisation (introduced side)",
			description = "Until then the posting's owner does not see it; declining it is the withdrawal.")
	InterestView confirm(@PathVariable long id) {
		return this.interests.confirm(id);
	}

	@PostMapping("/{id}/acceptance")
	@Operation(summary = "Accept a pending interest (posting owner); opens the conversation")
	InterestView accept(@PathVariable long id) {
		return this.interests.accept(id);
	}

	@PostMapping("/{id}/decline")
	@Operation(summary = "Decline a pending interest with an optional reason (posting owner)")
	InterestView decline(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable Decline body) {
		return this.interests.decline(id, body != null ? body.reason() : null);
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraw a pending interest, or decline a proposed introduction (interested side)")
	InterestView withdraw(@PathVariable long id) {
		return this.interests.withdraw(id);
	}

	record NewInterest(long postingId, @NotBlank @Size(max = Interests.MAX_MESSAGE) String message,
			@Nullable Long offeredPostingId) {
	}

	record Decline(@Nullable @Size(max = Interests.MAX_MESSAGE) String reason) {
	}

}
