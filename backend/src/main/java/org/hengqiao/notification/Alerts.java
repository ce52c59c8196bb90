package org.hengqiao.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.Person;
import org.hengqiao.catalogue.TechnicalField;
import org.hengqiao.catalogue.TechnicalFields;
import org.hengqiao.matching.Match;
import org.hengqiao.matching.MatchingEngine;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingStatus;
import org.hengqiao.search.PostingSearch;
import org.hengqiao.search.SearchFilters;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alerts subscribers to a published posting. Rules:
 * <ul>
 * <li>only postings whose status is PUBLISHED (public to everyone, so every subscriber may read them), and only
 * for subscriptions created before the posting was published: a subscription is about new postings;</li>
 * <li>never for a posting of the subscriber's own organisation;</li>
 * <li>once per subscription and posting: the delivery row's primary key makes a second alert impossible, however
 * often the posting is edited, republished or the check retried;</li>
 * <li>a saved search is run against Elasticsearch restricted to the posting, once the index holds the posting's
 * current version (polled for up to {@link #INDEX_WAIT});</li>
 * <li>"new matches for my postings": the posting's own matches are ranked by the {@link MatchingEngine}; if one
 * of the subscriber organisation's postings is among its top {@value #MATCH_RANK} with a cosine similarity of at
 * least {@value #MIN_SIMILARITY}, the subscriber is alerted.
 * Matching is symmetric enough that this is the cheap way round (one ranking per published posting instead of one
 * per subscriber posting).</li>
 * </ul>
 */
@Component
class Alerts {

	static final int MATCH_RANK = 10;

	/**
	 * Rank alone is relative (with few postings of the other kind, anything is in the top ten), so a match must also
	 * be close in meaning: bge-small-zh gives unrelated Chinese texts of one domain cosines around 0.4–0.6.
	 */
	static final double MIN_SIMILARITY = 0.7;

	static final Duration INDEX_WAIT = Duration.ofSeconds(20);

	private static final Duration POLL = Duration.ofMillis(300);

	private final JdbcClient jdbc;

	private final PostingDocuments postings;

	private final PostingSearch search;

	private final MatchingEngine matching;

	private final AccountDirectory accounts;

	private final TechnicalFields fields;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Alerts(JdbcClient jdbc, PostingDocuments postings, PostingSearch search, MatchingEngine matching,
			AccountDirectory accounts, TechnicalFields fields, Notifications notifications,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.postings = postings;
		this.search = search;
		this.matching = matching;
		this.accounts = accounts;
		this.fields = fields;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
	}

	void check(long postingId) throws InterruptedException {
		PostingDocument posting = this.postings.find(postingId).orElse(null);
		if (posting == null || posting.status() != PostingStatus.PUBLISHED || posting.publishedAt() == null) {
			return;
		}
		List<Subscription> candidates = this.jdbc.sql("""
				select * from subscription s where s.created_at <= :published
				and not exists (select 1 from subscription_delivery d where d.subscription_id = s.id and d.posting_id = :posting)
				order by s.id""")
			.param("published", Timestamp.from(posting.publishedAt()))
			.param("posting", postingId)
			.query(Subscription::of)
			.list();
		if (candidates.isEmpty()) {
			return;
		}
		Map<Long, Person> people = this.accounts
			.findAll(candidates.stream().map(Subscription::accountId).distinct().toList());
		Set<Long> matchedOrganisations = null;
		for (Subscription subscription : candidates) {
			Person person = people.get(subscription.accountId());
			if (person == null || Long.valueOf(posting.organisationId()).equals(person.organisationId())) {
				continue;
			}
			boolean matches = switch (subscription.type()) {
				case FIELD -> subscription.fieldCode() != null
						&& (subscription.fieldCode().equals(posting.fieldCode())
								|| subscription.fieldCode().equals(posting.fieldParentCode()));
				case CLUSTER -> posting.clusters().contains(subscription.cluster());
				case SEARCH -> savedSearchFinds(subscription, posting);
				case MY_POSTINGS -> {
					if (matchedOrganisations == null) {
						matchedOrganisations = organisationsMatched(posting);
					}
					yield person.organisationId() != null && matchedOrganisations.contains(person.organisationId());
				}
			};
			if (matches) {
				deliver(subscription, posting);
			}
		}
	}

	private boolean savedSearchFinds(Subscription subscription, PostingDocument posting) throws InterruptedException {
		SearchFilters filters = subscription.filters() == null ? SearchFilters.none()
				: SavedSearchFilters.parse(subscription.filters());
		if (filters.kind() != null && filters.kind() != posting.kind()) {
			return false;
		}
		Instant deadline = Instant.now().plus(INDEX_WAIT);
		while (true) {
			Optional<Boolean> found = this.search.matches(posting.id(), posting.kind(), posting.version(),
					subscription.query(), filters);
			if (found.isPresent()) {
				return found.get();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("Posting " + posting.id() + " version " + posting.version()
						+ " is not in the search index yet; the alert check will be retried");
			}
			Thread.sleep(POLL);
		}
	}

	private Set<Long> organisationsMatched(PostingDocument posting) {
		List<Match> matches = (posting.kind() == PostingKind.NEED ? this.matching.forNeed(posting.id(), MATCH_RANK)
				: this.matching.forResult(posting.id(), MATCH_RANK))
			.matches();
		Set<Long> organisations = new HashSet<>();
		for (Match match : matches) {
			Double similarity = match.explanation().semanticSimilarity();
			if (similarity == null || similarity < MIN_SIMILARITY) {
				continue;
			}
			this.postings.find(match.id())
				.filter(PostingDocument::isPublic)
				.ifPresent(found -> organisations.add(found.organisationId()));
		}
		return organisations;
	}

	private void deliver(Subscription subscription, PostingDocument posting) {
		Notice notice = notice(subscription, posting);
		this.transactions.executeWithoutResult(status -> {
			int inserted = this.jdbc.sql("""
					insert into subscription_delivery (subscription_id, posting_id, delivered_at)
					values (?, ?, ?) on conflict do nothing""")
				.params(subscription.id(), posting.id(), Timestamp.from(this.clock.instant()))
				.update();
			if (inserted == 1) {
				this.notifications.notifyAccounts(List.of(subscription.accountId()), notice);
			}
		});
	}

	/** Arguments: {0} the posting's title, {1} and {2} what the subscription watches in Chinese and English. */
	private Notice notice(Subscription subscription, PostingDocument posting) {
		String link = (posting.kind() == PostingKind.NEED ? "/needs/" : "/results/") + posting.id();
		String zh;
		String en;
		switch (subscription.type()) {
			case FIELD -> {
				Optional<TechnicalField> field = Optional.ofNullable(subscription.fieldCode()).flatMap(this.fields::find);
				zh = field.map(TechnicalField::nameZh).orElse(String.valueOf(subscription.fieldCode()));
				en = field.map(TechnicalField::nameEn).orElse(String.valueOf(subscription.fieldCode()));
			}
			case CLUSTER -> {
				zh = java.util.Objects.requireNonNull(subscription.cluster()).displayName(java.util.Locale.CHINESE);
				en = subscription.cluster().displayName(java.util.Locale.ENGLISH);
			}
			case SEARCH -> {
				zh = describe(subscription.query());
				en = zh;
			}
			default -> {
				zh = "";
				en = "";
			}
		}
		String key = "notification.alert." + switch (subscription.type()) {
			case FIELD -> "field";
			case CLUSTER -> "cluster";
			case SEARCH -> "search";
			case MY_POSTINGS -> "myPostings";
		} + (posting.kind() == PostingKind.NEED ? ".need" : ".result");
		return Notice.of("SUBSCRIPTION_MATCH", key, link, posting.title(), zh, en);
	}

	private static String describe(@Nullable String query) {
		return query == null ? "" : query;
	}

}
