package org.hengqiao.deal;

import java.time.Instant;
import java.util.List;

import org.hengqiao.posting.PostingStatus;
import org.jspecify.annotations.Nullable;

/**
 * A deal as its participants and operators see it, names in the caller's language.
 *
 * @param confirmed whether both sides have confirmed the deal (until then it binds nobody)
 * @param demandConfirmed whether the demand side has confirmed it
 * @param supplyConfirmed whether the supply side has confirmed it
 * @param side the caller's side, if they are a member of one
 * @param proposal the stage proposed and not yet agreed by both sides, with its terms
 * @param endReason why the deal was disputed or voided
 * @param nextStages the stages the caller may propose now (and {@code LOST} when they may walk away)
 * @param actions what the caller may do now
 */
public record DealView(long id, long version, DealStage stage, @Nullable PostingRef need, @Nullable PostingRef result,
		OrganisationRef demandOrganisation, OrganisationRef supplyOrganisation, @Nullable Long conversationId,
		@Nullable BrokerRef broker, boolean confirmed, boolean demandConfirmed, boolean supplyConfirmed,
		@Nullable DealSide side, @Nullable Proposal proposal, @Nullable String lostReason, @Nullable String endReason,
		@Nullable Contract contract, Instant createdAt, Instant updatedAt, List<DealStage> nextStages,
		List<DealAction> actions) {

	public record PostingRef(long id, String title, PostingStatus status) {
	}

	public record OrganisationRef(long id, String name) {
	}

	public record BrokerRef(long accountId, String name) {
	}

	/**
	 * A stage proposed by one side (or the deal's broker) and waiting for the other.
	 *
	 * @param contract the terms to sign, when the contract is proposed
	 */
	public record Proposal(DealStage stage, long proposedBy, String proposedByName, boolean demandAgreed,
			boolean supplyAgreed, @Nullable Contract contract, Instant proposedAt) {
	}

}
