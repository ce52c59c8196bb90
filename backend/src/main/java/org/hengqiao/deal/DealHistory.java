package org.hengqiao.deal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.hengqiao.account.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records each stage change and each consent step twice in the changing transaction: in the audit table and as
 * {@link DealStageChanged} or {@link DealConsentRecorded}.
 */
@Component
class DealHistory {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	DealHistory(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	void record(Deal deal, Actor actor, @Nullable DealStage from, @Nullable String details, Instant at) {
		insert(deal, actor, from, deal.stage(), null, details, at);
		this.events.publishEvent(new DealStageChanged(deal.id(), from, deal.stage(), actor.accountId(), deal.needId(),
				deal.resultId(), deal.demandOrganisationId(), deal.supplyOrganisationId(), deal.brokerAccountId(),
				deal.isConfirmedBy(DealSide.DEMAND), deal.isConfirmedBy(DealSide.SUPPLY), at));
	}

	/** A consent step about the stage (the one proposed, or the deal's own for a confirmation). */
	void consent(Deal deal, Actor actor, DealConsentStep step, DealStage about, @Nullable String details,
			Instant at) {
		insert(deal, actor, deal.stage(), about, step, details, at);
		this.events.publishEvent(new DealConsentRecorded(deal.id(), step, about, actor.accountId(),
				deal.demandOrganisationId(), deal.supplyOrganisationId(), deal.brokerAccountId(), deal.isConfirmed(),
				at));
	}

	private void insert(Deal deal, Actor actor, @Nullable DealStage from, DealStage to, @Nullable DealConsentStep step,
			@Nullable String details, Instant at) {
		this.jdbc.sql("""
				insert into deal_stage_change (deal_id, actor_id, actor_name, from_stage, to_stage, action, details,
				    occurred_at)
				values (:deal, :actor, :actorName, :from, :to, :action, :details, :at)""")
			.param("deal", deal.id())
			.param("actor", actor.accountId())
			.param("actorName", actor.displayName())
			.param("from", from != null ? from.name() : null)
			.param("to", to.name())
			.param("action", step != null ? step.name() : null)
			.param("details", details)
			.param("at", Timestamp.from(at))
			.update();
	}

	List<StageChangeView> of(long dealId) {
		return this.jdbc.sql("""
				select id, actor_id, actor_name, from_stage, to_stage, action, details, occurred_at
				from deal_stage_change where deal_id = :deal order by occurred_at, id""")
			.param("deal", dealId)
			.query((row, n) -> {
				String from = row.getString("from_stage");
				String action = row.getString("action");
				return new StageChangeView(row.getLong("id"), row.getLong("actor_id"), row.getString("actor_name"),
						from != null ? DealStage.valueOf(from) : null, DealStage.valueOf(row.getString("to_stage")),
						action != null ? DealConsentStep.valueOf(action) : null, row.getString("details"),
						row.getTimestamp("occurred_at").toInstant());
			})
			.list();
	}

}
