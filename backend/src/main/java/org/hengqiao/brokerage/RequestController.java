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

@Tag(name = "Brokers: requests", description = "Organisations ask brokers for help; the broker accepts or declines")
@RestController
@RequestMapping("/api/v1/broker/requests")
class RequestController {

	private final RequestManagement requests;

	RequestController(RequestManagement requests) {
		this.requests = requests;
	}

	@Operation(summary = "Ask a broker (or any broker) for help with the caller's organisation's public posting "
			+ "or conversation")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RequestView ask(@RequestBody @Valid RequestDraft draft) {
		return this.requests.ask(draft);
	}

	@Operation(summary = "Requests addressed to the calling broker (operators: open ones to any broker), or sent by "
			+ "the caller's organisation")
	@GetMapping
	List<RequestView> list(@Parameter(description = "received or sent") @RequestParam(
			defaultValue = "received") String box) {
		return this.requests.list(box);
	}

	@Operation(summary = "One request (its organisation, the broker asked, operators for requests to any broker)")
	@GetMapping("/{id}")
	RequestView find(@PathVariable long id) {
		return this.requests.find(id);
	}

	@Operation(summary = "Accept a request addressed to the caller (the broker); assigns them")
	@PostMapping("/{id}/acceptance")
	RequestView accept(@PathVariable long id) {
		return this.requests.accept(id);
	}

	@Operation(summary = "Decline a request (the broker asked; operators for requests to any broker)")
	@PostMapping("/{id}/decline")
	RequestView decline(@PathVariable long id) {
		return this.requests.decline(id);
	}

	@Operation(summary = "Withdraw a pending request (the requesting organisation)")
	@PostMapping("/{id}/withdrawal")
	RequestView withdraw(@PathVariable long id) {
		return this.requests.withdraw(id);
	}

}
