package org.hengqiao.posting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Moderation", description = "The operators' review queue and the audit log of postings")
@RestController
@RequestMapping("/api/v1/operator/featured-results/{resultId}")
class FeaturedResultsController {

	private final FeaturedResults featured;

	FeaturedResultsController(FeaturedResults featured) {
		this.featured = featured;
	}

	@Operation(summary = "Feature a published result on the home page (operators; recorded in the audit log)")
	@PutMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void feature(@PathVariable long resultId) {
		this.featured.feature(resultId);
	}

	@Operation(summary = "Take a result off the home page (operators; recorded in the audit log)")
	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unfeature(@PathVariable long resultId) {
		this.featured.unfeature(resultId);
	}

}
