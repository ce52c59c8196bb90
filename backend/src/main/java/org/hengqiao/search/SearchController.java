package org.hengqiao.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "Keyword search over public needs and results")
class SearchController {

	/** Search is for words: Elasticsearch refuses a query of thousands of terms, and they would not make a search. */
	static final int MAX_TEXT_LENGTH = 300;

	private final PostingSearch search;

	SearchController(PostingSearch search) {
		this.search = search;
	}

	@GetMapping
	@Operation(summary = "Search needs and results",
			description = "Keyword search with filters, facets, highlighting (<em>) and cursor pagination: pass the "
					+ "response's `next` as `after` for the following page. When nothing matches, `noMatches` is true "
					+ "and `relaxation` lists the closest postings by meaning and the filters worth removing.")
	SearchPage search(@Parameter(description = "Words to look for, at most 300 characters (a whole description "
			+ "goes to POST /api/v1/match); empty lists everything") @RequestParam(required = false) @Nullable @Size(max = MAX_TEXT_LENGTH) String q,
			@ParameterObject @Valid SearchFilters filters,
			@Parameter(description = "Order of results") @RequestParam(defaultValue = "RELEVANCE") PostingSearch.Sort sort,
			@Parameter(description = "Page size, 1–100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "Cursor from the previous page's `next`") @RequestParam(required = false) @Nullable String after) {
		return this.search.search(q, filters, sort, size, after);
	}

	@GetMapping("/suggestions")
	@Operation(summary = "Type-ahead suggestions", description = "Titles containing the typed text and keywords starting with it")
	List<Suggestion> suggestions(@RequestParam @Size(max = MAX_TEXT_LENGTH) String q, @RequestParam(required = false) @Nullable PostingKind kind,
			@RequestParam(defaultValue = "8") int size) {
		return this.search.suggestions(q, kind, size);
	}

}
