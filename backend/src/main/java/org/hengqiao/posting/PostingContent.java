package org.hengqiao.posting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What needs and results share of their content, as the owner wrote it. The need and result modules build it
 * from their request bodies; {@link PostingWorkflow#check} applies the rules only the platform can check.
 *
 * @param text the need's description or the result's abstract
 * @param maturity for a result its own maturity, for a need the minimum it asks for (optional)
 */
public record PostingContent(String title, String text, String fieldCode, Set<IndustryCluster> clusters,
		List<String> keywords, Set<CooperationMode> cooperationModes, Amount amount, String regionCode,
		@Nullable Maturity maturity, Contact contact, ContactVisibility contactVisibility) {

	public PostingContent {
		title = title.strip();
		text = text.strip();
		fieldCode = fieldCode.strip();
		regionCode = regionCode.strip();
		clusters = clusters.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clusters));
		cooperationModes = cooperationModes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cooperationModes));
		keywords = distinct(keywords);
		amount = amount.normalised();
		maturity = maturity == null || maturity.isEmpty() ? null : maturity;
		contact = contact.normalised();
	}

	/** Keywords trimmed, blanks and repeats dropped, order kept. */
	private static List<String> distinct(List<String> keywords) {
		Set<String> seen = new LinkedHashSet<>();
		for (String keyword : keywords) {
			if (keyword != null && !keyword.isBlank()) {
				seen.add(keyword.strip());
			}
		}
		return List.copyOf(new ArrayList<>(seen));
	}

}
