package org.hengqiao.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hengqiao.account.Actors;
import org.hengqiao.system.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/operator/search/rebuild")
@Tag(name = "Operations", description = "Operator-only maintenance")
class RebuildController {

	private final IndexRebuild rebuild;

	private final Actors actors;

	RebuildController(IndexRebuild rebuild, Actors actors) {
		this.rebuild = rebuild;
		this.actors = actors;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Rebuild the search index from the database",
			description = "Fills new indices in the background and swaps the aliases when done: search keeps "
					+ "working throughout. Follow progress with GET on the same path. Operators only.")
	RebuildReport start() {
		requireOperator();
		return this.rebuild.startInBackground();
	}

	@GetMapping
	@Operation(summary = "Progress of the latest index rebuild", description = "Operators only.")
	RebuildReport status() {
		requireOperator();
		return this.rebuild.status();
	}

	private void requireOperator() {
		if (!this.actors.required().isOperator()) {
			throw new OperatorsOnly();
		}
	}

	static class OperatorsOnly extends DomainException {

		OperatorsOnly() {
			super(Kind.FORBIDDEN, "forbidden");
		}

	}

}
