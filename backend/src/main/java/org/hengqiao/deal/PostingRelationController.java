package org.hengqiao.deal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Postings: my relation", description = "What a need or result means to the caller's organisation")
@RestController
class PostingRelationController {

	private final PostingRelations relations;

	PostingRelationController(PostingRelations relations) {
		this.relations = relations;
	}

	@Operation(summary = "The caller's relation to a posting",
			description = "The caller's organisation's latest interest in it (and its status), the conversation "
					+ "that interest opened, its latest deal on it, and whether it may express interest or open a "
					+ "deal now. Signed-in callers only; a posting the caller may not read is not found.")
	@GetMapping("/api/v1/postings/{id}/relation")
	PostingRelation get(@PathVariable long id) {
		return this.relations.of(id);
	}

}
