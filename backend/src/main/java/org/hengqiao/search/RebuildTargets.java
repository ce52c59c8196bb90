package org.hengqiao.search;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.hengqiao.posting.PostingKind;
import org.springframework.stereotype.Component;

/**
 * The indices a running rebuild is filling. While they exist, every change indexed through the alias is also
 * written into them, so nothing committed during the rebuild is missing after the alias swap.
 */
@Component
class RebuildTargets {

	private final AtomicReference<Map<PostingKind, String>> targets = new AtomicReference<>(Map.of());

	Map<PostingKind, String> current() {
		return this.targets.get();
	}

	void set(Map<PostingKind, String> indices) {
		this.targets.set(Map.copyOf(indices));
	}

	void clear() {
		this.targets.set(Map.of());
	}

}
