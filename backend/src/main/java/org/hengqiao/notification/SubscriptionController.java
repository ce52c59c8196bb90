package org.hengqiao.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "Subscriptions")
class SubscriptionController {

	private final Subscriptions subscriptions;

	SubscriptionController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping
	@Operation(summary = "The signed-in person's subscriptions and saved searches, newest first")
	List<Subscription> list() {
		return this.subscriptions.mine();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Subscribe to a field, a cluster, a saved search or new matches for the own postings")
	Subscription create(@Valid @RequestBody SubscriptionForm form) {
		return this.subscriptions.create(form);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete one of the signed-in person's subscriptions")
	void delete(@PathVariable long id) {
		this.subscriptions.delete(id);
	}

}
