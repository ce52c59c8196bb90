package org.hengqiao.need;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hengqiao.posting.PostingReaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Needs' own endpoints; lists and lifecycle requests are shared with results (see the Postings tag). */
@RestController
@RequestMapping("/api/v1/needs")
@Tag(name = "Needs", description = "Technology needs (技术需求) of enterprises")
class NeedController {

	private final NeedManagement needs;

	private final PostingReaders readers;

	NeedController(NeedManagement needs, PostingReaders readers) {
		this.needs = needs;
		this.readers = readers;
	}

	@PostMapping
	@Operation(summary = "Draft a new need for the caller's organisation")
	ResponseEntity<NeedView> create(@RequestBody @Valid NeedDraft draft) {
		NeedView created = this.needs.create(draft);
		return ResponseEntity
			.created(ServletUriComponentsBuilder.fromCurrentRequest()
				.path("/{id}")
				.buildAndExpand(created.posting().id())
				.toUri())
			.body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A need's details, with contact and actions as far as the caller may see them",
			description = "Published and negotiating ones are public; others answer 404 except to the owning "
					+ "organisation and operators, and (closed ones, read-only) to the parties and broker of a deal on "
					+ "it that was not lost.")
	NeedView find(@PathVariable long id, HttpServletRequest request) {
		NeedView view = this.needs.find(id);
		this.readers.noteRead(id, request);
		return view;
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a need (owner); carries the version last read. A published need goes back to review.")
	ResponseEntity<NeedView> revise(@PathVariable long id, @RequestBody @Valid NeedDraft draft) {
		return ResponseEntity.status(HttpStatus.OK).body(this.needs.revise(id, draft));
	}

}
