package org.hengqiao.posting;

import java.util.List;

/** A page of a list, in the shape the portal reads. */
public record PostingPage<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

	static <T> PostingPage<T> of(org.springframework.data.domain.Page<T> page) {
		return new PostingPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

	<U> PostingPage<U> withItems(List<U> items) {
		return new PostingPage<>(items, this.page, this.size, this.totalElements, this.totalPages);
	}

}
