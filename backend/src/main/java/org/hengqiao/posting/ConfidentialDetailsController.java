package org.hengqiao.posting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{collection:needs|results}/{id}/confidential-details")
@Tag(name = "Postings", description = "Lists and lifecycle of technology needs and research results")
class ConfidentialDetailsController {

	private final ConfidentialDetails details;

	ConfidentialDetailsController(ConfidentialDetails details) {
		this.details = details;
	}

	@PutMapping
	@Operation(summary = "Set the confidential details of a posting (owner)",
			description = "Never indexed nor public: the other side of an accepted interest reads them in the "
					+ "conversation, after accepting the posting's NDA if there is one. Blank removes them.")
	Body update(@PathVariable String collection, @PathVariable long id, @Valid @RequestBody Body body) {
		return new Body(this.details.update(PostingController.kind(collection), id, body.text()));
	}

	record Body(@Nullable String text) {
	}

}
