package org.hengqiao.brokerage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.deal.DealManagement;
import org.hengqiao.system.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A broker's follow-ups: on an item they are assigned to, or on a deal they can see. The broker sees their own; the
 * admins of their agency see the agency's overdue ones.
 */
@Service
public class FollowUpManagement {

	static final ZoneId HENGYANG = ZoneId.of("Asia/Shanghai");

	private final FollowUps followUps;

	private final AssignmentManagement assignments;

	private final DealManagement deals;

	private final Actors actors;

	private final Clock clock;

	FollowUpManagement(FollowUps followUps, AssignmentManagement assignments, DealManagement deals, Actors actors,
			Clock clock) {
		this.followUps = followUps;
		this.assignments = assignments;
		this.deals = deals;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public FollowUpView create(FollowUpDraft draft) {
		Actor broker = requireBroker();
		Long agency = broker.organisationId();
		if (agency == null) {
			throw new NotAllowed();
		}
		boolean allowed = draft.subjectType() == SubjectType.DEAL ? this.deals.find(draft.subjectId()).isPresent()
				: this.assignments.isAssigned(broker.accountId(), draft.subjectType(), draft.subjectId());
		if (!allowed) {
			throw InvalidInput.of("subjectId", "brokerage.followUp.subject", draft.subjectType(), draft.subjectId());
		}
		LocalDate today = today();
		if (draft.dueOn().isBefore(today)) {
			throw InvalidInput.of("dueOn", "brokerage.followUp.due.past", draft.dueOn());
		}
		FollowUp saved = this.followUps.saveAndFlush(new FollowUp(broker.accountId(), agency, draft.subjectType(),
				draft.subjectId(), draft.note().strip(), draft.dueOn(), this.clock.instant()));
		return saved.view(today);
	}

	/** The broker's own follow-ups, open ones only unless {@code includeDone}, soonest due first. */
	@Transactional(readOnly = true)
	public List<FollowUpView> mine(boolean includeDone) {
		Actor broker = requireBroker();
		LocalDate today = today();
		return this.followUps.findByBroker(broker.accountId(), includeDone)
			.stream()
			.map(followUp -> followUp.view(today))
			.toList();
	}

	/** The overdue follow-ups of the agency's brokers, for the agency's admins. */
	@Transactional(readOnly = true)
	public List<FollowUpView> overdueOfMyAgency() {
		Actor actor = this.actors.required();
		Long agency = actor.organisationId();
		if (agency == null || !actor.isAdminOf(agency)) {
			throw new NotAllowed();
		}
		LocalDate today = today();
		return this.followUps.findOverdueOfAgency(agency, today)
			.stream()
			.map(followUp -> followUp.view(today))
			.toList();
	}

	@Transactional
	public FollowUpView done(long id) {
		Actor actor = this.actors.required();
		FollowUp followUp = this.followUps.findById(id)
			.filter(found -> found.brokerAccountId() == actor.accountId())
			.orElseThrow(() -> new FollowUpNotFound(id));
		followUp.done(this.clock.instant());
		this.followUps.flush();
		return followUp.view(today());
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(HENGYANG));
	}

	private Actor requireBroker() {
		Actor actor = this.actors.required();
		if (!actor.isBroker()) {
			throw new NotAllowed();
		}
		return actor;
	}

}
