package org.hengqiao.result;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Results' own endpoints; lists and lifecycle requests are shared with needs (see the Postings tag). */
@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "Results", description = "Research results (科技成果) of universities and institutes")
class ResultController {

	private final ResultManagement results;

	ResultController(ResultManagement results) {
		this.results = results;
	}

	@PostMapping
	@Operation(summary = "Draft a new result for the caller's organisation")
	ResponseEntity<ResultView> create(@RequestBody @Valid ResultDraft draft) {
		ResultView created = this.results.create(draft);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest()
				.path("/{id}")
				.buildAndExpand(created.posting().id())
				.toUri())
			.body(created);
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "A result's details, with contact and actions as far as the caller may see them")
	ResultView find(@PathVariable long id) {
		return this.results.find(id);
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Revise a result (owner); carries the version last read. A published result goes back to review.")
	ResultView revise(@PathVariable long id, @RequestBody @Valid ResultDraft draft) {
		return this.results.revise(id, draft);
	}

}
