package org.hengqiao.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hengqiao.posting.CooperationMode;
import org.jspecify.annotations.Nullable;

/**
 * A deal, its stage and the consent of its two sides. The deal binds nobody until both sides confirmed it; a forward
 * stage is first proposed and changes only once both sides agreed to the proposal ({@link #agree}). Losing,
 * disputing and voiding end it without anyone else's consent.
 */
@Entity
@Table(name = "deal")
class Deal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	private @Nullable Long needId;

	private @Nullable Long resultId;

	private long demandOrganisationId;

	private long supplyOrganisationId;

	private @Nullable Long conversationId;

	private @Nullable Long brokerAccountId;

	@Enumerated(EnumType.STRING)
	private DealStage stage;

	private @Nullable String lostReason;

	private @Nullable BigDecimal contractValueYuan;

	@Enumerated(EnumType.STRING)
	private @Nullable CooperationMode cooperationMode;

	private @Nullable LocalDate signedOn;

	private @Nullable String contractTitle;

	@Enumerated(EnumType.STRING)
	private @Nullable ContractType contractType;

	@ElementCollection
	@CollectionTable(name = "deal_contract_party", joinColumns = @JoinColumn(name = "deal_id"))
	@OrderColumn(name = "idx")
	private List<ContractParty> parties = new ArrayList<>();

	private @Nullable Long demandConfirmedBy;

	private @Nullable Instant demandConfirmedAt;

	private @Nullable Long supplyConfirmedBy;

	private @Nullable Instant supplyConfirmedAt;

	@Enumerated(EnumType.STRING)
	private @Nullable DealStage proposedStage;

	private @Nullable Long proposedBy;

	private @Nullable Instant proposedAt;

	private boolean proposalDemandAgreed;

	private boolean proposalSupplyAgreed;

	private @Nullable String endReason;

	private long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected Deal() {
	}

	Deal(@Nullable Long needId, @Nullable Long resultId, long demandOrganisationId, long supplyOrganisationId,
			@Nullable Long conversationId, @Nullable Long brokerAccountId, long createdBy, Instant now) {
		this.needId = needId;
		this.resultId = resultId;
		this.demandOrganisationId = demandOrganisationId;
		this.supplyOrganisationId = supplyOrganisationId;
		this.conversationId = conversationId;
		this.brokerAccountId = brokerAccountId;
		this.stage = DealStage.CONTACTED;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Records the side's consent to the deal (by the account, at the time); the deal binds once both gave it. */
	void confirmBy(DealSide side, long accountId, Instant now) {
		if (side == DealSide.DEMAND) {
			this.demandConfirmedBy = accountId;
			this.demandConfirmedAt = now;
		}
		else {
			this.supplyConfirmedBy = accountId;
			this.supplyConfirmedAt = now;
		}
		this.updatedAt = now;
	}

	boolean isConfirmedBy(DealSide side) {
		return (side == DealSide.DEMAND ? this.demandConfirmedAt : this.supplyConfirmedAt) != null;
	}

	boolean isConfirmed() {
		return isConfirmedBy(DealSide.DEMAND) && isConfirmedBy(DealSide.SUPPLY);
	}

	/**
	 * Proposes the next stage, with the contract's terms for {@link DealStage#CONTRACT_SIGNED} (kept in the contract
	 * columns while pending). The proposer's side, if any (a broker is neither), counts as agreed.
	 */
	void propose(DealStage target, @Nullable DealSide proposerSide, long accountId, @Nullable Contract contract,
			Instant now) {
		if (target == DealStage.LOST || !this.stage.canMoveTo(target)) {
			throw new IllegalStageChange(this.stage, target);
		}
		if (target == DealStage.CONTRACT_SIGNED) {
			writeContract(java.util.Objects.requireNonNull(contract));
		}
		this.proposedStage = target;
		this.proposedBy = accountId;
		this.proposedAt = now;
		this.proposalDemandAgreed = proposerSide == DealSide.DEMAND;
		this.proposalSupplyAgreed = proposerSide == DealSide.SUPPLY;
		this.updatedAt = now;
	}

	boolean hasAgreed(DealSide side) {
		return side == DealSide.DEMAND ? this.proposalDemandAgreed : this.proposalSupplyAgreed;
	}

	/**
	 * The side agrees to the pending proposal; once both sides have, the deal moves to the proposed stage.
	 * @return whether the deal moved
	 */
	boolean agree(DealSide side, Instant now) {
		DealStage target = java.util.Objects.requireNonNull(this.proposedStage, "no proposal");
		if (side == DealSide.DEMAND) {
			this.proposalDemandAgreed = true;
		}
		else {
			this.proposalSupplyAgreed = true;
		}
		this.updatedAt = now;
		if (!(this.proposalDemandAgreed && this.proposalSupplyAgreed)) {
			return false;
		}
		clearProposal(false);
		moveTo(target);
		return true;
	}

	/** Drops the pending proposal (rejected, or overtaken by the deal's end), with its terms. */
	void rejectProposal(Instant now) {
		clearProposal(true);
		this.updatedAt = now;
	}

	void lose(String reason, Instant now) {
		moveTo(DealStage.LOST);
		clearProposal(true);
		this.lostReason = reason;
		this.updatedAt = now;
	}

	/** Ends the deal as disputed or voided; a finished deal cannot be disputed, an ended one not voided. */
	void end(DealStage ending, String reason, Instant now) {
		boolean allowed = ending == DealStage.DISPUTED ? !this.stage.isFinished()
				: ending == DealStage.VOIDED && !this.stage.isEnded();
		if (!allowed) {
			throw new IllegalStageChange(this.stage, ending);
		}
		clearProposal(true);
		this.stage = ending;
		this.endReason = reason;
		this.updatedAt = now;
	}

	private void moveTo(DealStage target) {
		if (!this.stage.canMoveTo(target)) {
			throw new IllegalStageChange(this.stage, target);
		}
		this.stage = target;
	}

	private void clearProposal(boolean dropTerms) {
		if (dropTerms && this.proposedStage == DealStage.CONTRACT_SIGNED) {
			writeContract(null);
		}
		this.proposedStage = null;
		this.proposedBy = null;
		this.proposedAt = null;
		this.proposalDemandAgreed = false;
		this.proposalSupplyAgreed = false;
	}

	private void writeContract(@Nullable Contract contract) {
		this.contractValueYuan = contract != null ? contract.valueYuan() : null;
		this.cooperationMode = contract != null ? contract.cooperationMode() : null;
		this.signedOn = contract != null ? contract.signedOn() : null;
		this.contractTitle = contract != null && contract.title() != null ? contract.title().strip() : null;
		this.contractType = contract != null ? contract.type() : null;
		this.parties.clear();
		if (contract != null && contract.parties() != null) {
			contract.parties().forEach(party -> this.parties.add(new ContractParty(party.role(), party.name().strip())));
		}
	}

	/** The side the organisation is on, if it is one of the two. */
	java.util.Optional<DealSide> sideOf(@Nullable Long organisationId) {
		if (organisationId == null) {
			return java.util.Optional.empty();
		}
		if (this.demandOrganisationId == organisationId) {
			return java.util.Optional.of(DealSide.DEMAND);
		}
		return this.supplyOrganisationId == organisationId ? java.util.Optional.of(DealSide.SUPPLY)
				: java.util.Optional.empty();
	}

	long organisationOf(DealSide side) {
		return side == DealSide.DEMAND ? this.demandOrganisationId : this.supplyOrganisationId;
	}

	/** Whether the person is a member of one of the two organisations. */
	boolean involves(long organisationId) {
		return this.demandOrganisationId == organisationId || this.supplyOrganisationId == organisationId;
	}

	List<Long> postingIds() {
		List<Long> ids = new ArrayList<>(2);
		if (this.needId != null) {
			ids.add(this.needId);
		}
		if (this.resultId != null) {
			ids.add(this.resultId);
		}
		return ids;
	}

	/** The signed contract; {@code null} before signing (pending terms are {@link #proposedContract}). */
	@Nullable Contract contract() {
		if (this.stage.isOpen() || this.proposedStage == DealStage.CONTRACT_SIGNED || this.contractValueYuan == null) {
			return null;
		}
		return storedContract();
	}

	/** The terms the other side is asked to sign, while the contract is proposed. */
	@Nullable Contract proposedContract() {
		return this.proposedStage == DealStage.CONTRACT_SIGNED ? storedContract() : null;
	}

	private Contract storedContract() {
		return new Contract(this.contractValueYuan, this.cooperationMode, this.signedOn, this.contractTitle,
				this.contractType, List.copyOf(this.parties));
	}

	@Nullable DealStage proposedStage() {
		return this.proposedStage;
	}

	@Nullable Long proposedBy() {
		return this.proposedBy;
	}

	@Nullable Instant proposedAt() {
		return this.proposedAt;
	}

	@Nullable String endReason() {
		return this.endReason;
	}

	long id() {
		return java.util.Objects.requireNonNull(this.id, "not saved yet");
	}

	long version() {
		return this.version;
	}

	@Nullable Long needId() {
		return this.needId;
	}

	@Nullable Long resultId() {
		return this.resultId;
	}

	long demandOrganisationId() {
		return this.demandOrganisationId;
	}

	long supplyOrganisationId() {
		return this.supplyOrganisationId;
	}

	@Nullable Long conversationId() {
		return this.conversationId;
	}

	@Nullable Long brokerAccountId() {
		return this.brokerAccountId;
	}

	DealStage stage() {
		return this.stage;
	}

	@Nullable String lostReason() {
		return this.lostReason;
	}

	long createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
