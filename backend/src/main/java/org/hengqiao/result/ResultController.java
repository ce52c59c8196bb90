package org.hengqiao.result;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.PostingReaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Results' own endpoints; lists and lifecycle requests are shared with needs (see the Postings tag). */
@RestController
@RequestMapping("/api/v1/results")
@Tag(name = "Results", description = "Research results (科技成果) of universities and institutes")
class ResultController {

	private final ResultManagement results;

	private final PostingReaders readers;

	private final ResultDemand demand;

	ResultController(ResultManagement results, PostingReaders readers, ResultDemand demand) {
		this.results = results;
		this.readers = readers;
		this.demand = demand;
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
	@Operation(summary = "A result's details, with contact and actions as far as the caller may see them",
			description = "Published and negotiating ones are public; others answer 404 except to the owning "
					+ "organisation and operators, and (closed ones, read-only) to the parties and broker of a deal on "
					+ "it that was not lost.")
	ResultView find(@PathVariable long id, HttpServletRequest request) {
		ResultView view = this.results.find(id);
		this.readers.noteRead(id, request);
		return view;
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Revise a result (owner); carries the version last read. A published result goes back to review.")
	ResultView revise(@PathVariable long id, @RequestBody @Valid ResultDraft draft) {
		return this.results.revise(id, draft);
	}

	@GetMapping("/demand")
	@Operation(summary = "Demand signals of the caller's organisation's results: views, matching needs, interest",
			description = "Views count readers of the detail page outside the organisation (not operators) while "
					+ "published, once per reader and day. Matching needs are the published needs among the result's "
					+ "best " + ResultDemand.MATCH_POOL + " matches scoring at least " + ResultDemand.MATCH_THRESHOLD
					+ " (null while the result is not public). At most " + ResultDemand.MAX_RESULTS + " ids.")
	List<DemandSignals> demand(@RequestParam @Size(min = 1, max = ResultDemand.MAX_RESULTS) Set<Long> ids) {
		return this.demand.signals(ids);
	}

}
