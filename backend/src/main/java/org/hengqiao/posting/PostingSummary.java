package org.hengqiao.posting;

import java.time.Instant;
import java.util.List;

import org.hengqiao.organisation.OrganisationType;
import org.jspecify.annotations.Nullable;

/** One posting in a list (the portal's cards), names in the caller's language. */
public record PostingSummary(long id, PostingKind kind, String title, String summary, String organisationName,
		OrganisationType organisationType, List<PostingView.Named> clusters, List<CooperationMode> cooperationModes,
		Amount amount, @Nullable Instant publishedAt, String regionName, PostingStatus status) {

	static final int SUMMARY_LENGTH = 120;

	/** The first {@value #SUMMARY_LENGTH} characters (code points, so no half surrogate pair), with an ellipsis. */
	static String summarise(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.codePointCount(0, flat.length()) <= SUMMARY_LENGTH) {
			return flat;
		}
		return flat.substring(0, flat.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
	}

}
