package org.hengqiao.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.IndustryCluster;
import org.jspecify.annotations.Nullable;

/**
 * A new subscription: {@code fieldCode} for FIELD, {@code cluster} for CLUSTER, {@code query} and/or
 * {@code filters} (the search page's URL query, e.g. {@code kind=NEED&cluster=NEW_MATERIALS}) for SEARCH, nothing
 * more for MY_POSTINGS.
 */
record SubscriptionForm(@NotNull SubscriptionType type, @Nullable @Size(max = 64) String fieldCode,
		@Nullable IndustryCluster cluster, @Nullable @Size(max = 200) String query,
		@Nullable @Size(max = 2000) String filters) {
}
