package org.hengqiao.deal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Person;
import org.hengqiao.deal.DealView.BrokerRef;
import org.hengqiao.deal.DealView.OrganisationRef;
import org.hengqiao.deal.DealView.PostingRef;
import org.hengqiao.deal.DealView.Proposal;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns deals into views, looking the names of postings, organisations, brokers and proposers up once per list.
 */
@Component
class DealViews {

	private final PostingDocuments postings;

	private final OrganisationDirectory organisations;

	private final AccountDirectory accounts;

	DealViews(PostingDocuments postings, OrganisationDirectory organisations, AccountDirectory accounts) {
		this.postings = postings;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	DealView of(Deal deal, Actor actor) {
		return of(List.of(deal), actor).getFirst();
	}

	List<DealView> of(List<Deal> deals, Actor actor) {
		if (deals.isEmpty()) {
			return List.of();
		}
		Set<Long> organisationIds = new HashSet<>();
		Set<Long> accountIds = new HashSet<>();
		Set<Long> postingIds = new HashSet<>();
		for (Deal deal : deals) {
			organisationIds.add(deal.demandOrganisationId());
			organisationIds.add(deal.supplyOrganisationId());
			if (deal.brokerAccountId() != null) {
				accountIds.add(deal.brokerAccountId());
			}
			postingIds.addAll(deal.postingIds());
		}
		deals.stream().map(Deal::proposedBy).filter(java.util.Objects::nonNull).forEach(accountIds::add);
		Map<Long, OrganisationSummary> names = this.organisations.findAll(organisationIds);
		Map<Long, Person> people = this.accounts.findAll(accountIds);
		Map<Long, PostingDocument> found = postings(postingIds);
		Locale locale = LocaleContextHolder.getLocale();
		return deals.stream().map(deal -> {
			Long broker = deal.brokerAccountId();
			List<DealAction> actions = DealManagement.actions(actor, deal);
			return new DealView(deal.id(), deal.version(), deal.stage(), posting(found, deal.needId()),
					posting(found, deal.resultId()), organisation(names, deal.demandOrganisationId(), locale),
					organisation(names, deal.supplyOrganisationId(), locale), deal.conversationId(),
					broker != null ? new BrokerRef(broker, nameOf(people, broker)) : null, deal.isConfirmed(),
					deal.isConfirmedBy(DealSide.DEMAND), deal.isConfirmedBy(DealSide.SUPPLY),
					deal.sideOf(actor.organisationId()).orElse(null), proposal(deal, people), deal.lostReason(),
					deal.endReason(), deal.contract(), deal.createdAt(), deal.updatedAt(),
					DealManagement.nextStages(actions, deal), actions);
		}).toList();
	}

	private static @Nullable Proposal proposal(Deal deal, Map<Long, Person> people) {
		DealStage stage = deal.proposedStage();
		Long by = deal.proposedBy();
		Instant at = deal.proposedAt();
		if (stage == null || by == null || at == null) {
			return null;
		}
		return new Proposal(stage, by, nameOf(people, by), deal.hasAgreed(DealSide.DEMAND),
				deal.hasAgreed(DealSide.SUPPLY), deal.proposedContract(), at);
	}

	private static String nameOf(Map<Long, Person> people, long accountId) {
		return people.containsKey(accountId) ? people.get(accountId).displayName() : "#" + accountId;
	}

	private Map<Long, PostingDocument> postings(Collection<Long> ids) {
		return ids.stream()
			.map(this.postings::find)
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(PostingDocument::id, posting -> posting));
	}

	private static @Nullable PostingRef posting(Map<Long, PostingDocument> found, @Nullable Long id) {
		if (id == null || !found.containsKey(id)) {
			return null;
		}
		PostingDocument posting = found.get(id);
		return new PostingRef(posting.id(), posting.title(), posting.status());
	}

	private static OrganisationRef organisation(Map<Long, OrganisationSummary> names, long id, Locale locale) {
		OrganisationSummary summary = names.get(id);
		return new OrganisationRef(id, summary != null ? summary.name(locale) : "#" + id);
	}

}
