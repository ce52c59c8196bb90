package org.hengqiao.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Matching", description = "Hybrid matching of needs and results, each match with its explanation")
class MatchController {

	private final MatchingEngine engine;

	MatchController(MatchingEngine engine) {
		this.engine = engine;
	}

	@GetMapping("/needs/{id}/matches")
	@Operation(summary = "Results matching a need",
			description = "Ranked by relevance (lexical + semantic + field affinity) times structured compatibility. "
					+ "A need that is not public: only for its organisation and operators.")
	@ApiResponse(responseCode = "403", description = "The need is not public and the caller may not see it")
	@ApiResponse(responseCode = "404", description = "No such need")
	MatchList needMatches(@PathVariable long id,
			@Parameter(description = "How many matches, 1–50") @RequestParam(defaultValue = "10") int size) {
		return this.engine.forNeed(id, size);
	}

	@GetMapping("/results/{id}/matches")
	@Operation(summary = "Needs matching a result", description = "The same ranking in the other direction.")
	@ApiResponse(responseCode = "403", description = "The result is not public and the caller may not see it")
	@ApiResponse(responseCode = "404", description = "No such result")
	MatchList resultMatches(@PathVariable long id,
			@Parameter(description = "How many matches, 1–50") @RequestParam(defaultValue = "10") int size) {
		return this.engine.forResult(id, size);
	}

	@PostMapping("/match")
	@Operation(summary = "Results matching a visitor's description",
			description = "Free text (keywords or a description), optional hard filters and soft preferences.")
	MatchList match(@Valid @RequestBody MatchRequest request) {
		return this.engine.forText(request);
	}

}
