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

/** A deal and its stage. The stage changes only through {@link #moveTo}, which refuses an illegal move. */
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

	void moveTo(DealStage target, Instant now) {
		if (!this.stage.canMoveTo(target)) {
			throw new IllegalStageChange(this.stage, target);
		}
		this.stage = target;
		this.updatedAt = now;
	}

	void lose(String reason, Instant now) {
		moveTo(DealStage.LOST, now);
		this.lostReason = reason;
	}

	void sign(Contract contract, Instant now) {
		moveTo(DealStage.CONTRACT_SIGNED, now);
		this.contractValueYuan = contract.valueYuan();
		this.cooperationMode = contract.cooperationMode();
		this.signedOn = contract.signedOn();
		this.contractTitle = contract.title() != null ? contract.title().strip() : null;
		this.contractType = contract.type();
		this.parties.clear();
		if (contract.parties() != null) {
			contract.parties().forEach(party -> this.parties.add(new ContractParty(party.role(), party.name().strip())));
		}
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

	@Nullable Contract contract() {
		if (this.stage.ordinal() < DealStage.CONTRACT_SIGNED.ordinal() || this.contractValueYuan == null) {
			return null;
		}
		return new Contract(this.contractValueYuan, this.cooperationMode, this.signedOn, this.contractTitle,
				this.contractType, List.copyOf(this.parties));
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
