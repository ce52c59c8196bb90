package org.hengqiao.deal;

import java.time.Instant;
import java.util.List;

import org.hengqiao.posting.PostingStatus;
import org.jspecify.annotations.Nullable;

/**
 * A deal as its participants and operators see it, names in the caller's language.
 *
 * @param nextStages the stages the caller may move it to now (empty for readers who may not change it)
 */
public record DealView(long id, long version, DealStage stage, @Nullable PostingRef need, @Nullable PostingRef result,
		OrganisationRef demandOrganisation, OrganisationRef supplyOrganisation, @Nullable Long conversationId,
		@Nullable BrokerRef broker, @Nullable String lostReason, @Nullable Contract contract, Instant createdAt,
		Instant updatedAt, List<DealStage> nextStages) {

	public record PostingRef(long id, String title, PostingStatus status) {
	}

	public record OrganisationRef(long id, String name) {
	}

	public record BrokerRef(long accountId, String name) {
	}

}
