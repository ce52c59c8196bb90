package org.hengqiao.posting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results an operator picked for the home page. Operators alone mark and unmark them, each change in the posting's
 * audit log; everyone reads the ones still public, most recently picked first.
 */
@Service
@Transactional
class FeaturedResults {

	/** The home page shows a row or two; more picks than this wait until an older one is taken off. */
	static final int SHOWN = 8;

	private static final Set<PostingStatus> PUBLIC = EnumSet.of(PostingStatus.PUBLISHED, PostingStatus.IN_NEGOTIATION);

	private final Postings postings;

	private final PostingViews views;

	private final PostingJournal journal;

	private final Actors actors;

	private final JdbcClient jdbc;

	private final Clock clock;

	FeaturedResults(Postings postings, PostingViews views, PostingJournal journal, Actors actors, JdbcClient jdbc,
			Clock clock) {
		this.postings = postings;
		this.views = views;
		this.journal = journal;
		this.actors = actors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Anyone: the featured results that are still public. */
	@Transactional(readOnly = true)
	List<PostingSummary> shown() {
		List<Long> ids = this.jdbc
			.sql("select f.posting_id from featured_result f join posting p on p.id = f.posting_id "
					+ "where p.status in ('PUBLISHED', 'IN_NEGOTIATION') order by f.featured_at desc, f.posting_id desc "
					+ "limit :limit")
			.param("limit", SHOWN)
			.query(Long.class)
			.list();
		List<Posting> found = this.postings.findAllById(ids);
		// findAllById keeps no order: put them back in the order they were picked.
		return this.views.summaries(ids.stream()
			.flatMap(id -> found.stream().filter(posting -> posting.id() == id))
			.filter(posting -> PUBLIC.contains(posting.status()))
			.toList());
	}

	/** Operators only; a result that is not public cannot be featured. Featuring twice changes nothing. */
	void feature(long resultId) {
		Actor operator = this.actors.requireOperator();
		Posting result = find(resultId);
		if (result.kind() != PostingKind.RESULT || !PUBLIC.contains(result.status())) {
			throw new NotFeaturable(result.kind(), result.status());
		}
		int added = this.jdbc
			.sql("insert into featured_result (posting_id, featured_by, featured_at) "
					+ "select :posting, :operator, :at where not exists "
					+ "(select 1 from featured_result where posting_id = :posting)")
			.param("posting", resultId)
			.param("operator", operator.accountId())
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		if (added > 0) {
			this.journal.record(result, Editor.of(operator), AuditAction.FEATURED, result.status(), null, List.of(),
					this.clock.instant());
		}
	}

	/** Operators only, whatever the result's status (a closed result may still be marked). */
	void unfeature(long resultId) {
		Actor operator = this.actors.requireOperator();
		Posting result = find(resultId);
		int removed = this.jdbc.sql("delete from featured_result where posting_id = :posting")
			.param("posting", resultId)
			.update();
		if (removed > 0) {
			this.journal.record(result, Editor.of(operator), AuditAction.UNFEATURED, result.status(), null, List.of(),
					this.clock.instant());
		}
	}

	private Posting find(long resultId) {
		return this.postings.findById(resultId).orElseThrow(() -> new PostingNotFound(resultId));
	}

}
