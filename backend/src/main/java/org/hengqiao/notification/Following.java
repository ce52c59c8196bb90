package org.hengqiao.notification;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving postings (收藏) and following organisations (关注). Only what anyone may see can be followed, and the
 * list shows only what is still visible: a posting withdrawn or closed drops out of it (and comes back if it
 * returns to the market), an organisation is followed only once verified. Followers of a posting hear of each
 * change while it stays public, and only its title and link, which the public page shows anyway.
 */
@Service
@Transactional
public class Following {

	private final JdbcClient jdbc;

	private final Actors actors;

	private final PostingDocuments postings;

	private final OrganisationDirectory organisations;

	private final Notifications notifications;

	private final java.time.Clock clock;

	Following(JdbcClient jdbc, Actors actors, PostingDocuments postings, OrganisationDirectory organisations,
			Notifications notifications, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.postings = postings;
		this.organisations = organisations;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** Saves or follows; doing it twice changes nothing. */
	public FollowView follow(FollowTarget target, long id) {
		Actor actor = this.actors.required();
		Locale locale = LocaleContextHolder.getLocale();
		long version = visiblePosting(target, id).map(PostingDocument::version).orElse(0L);
		String name = name(target, id, locale).orElseThrow(() -> new FollowedNotFound(target, id));
		this.jdbc.sql("""
				insert into follow (account_id, target, target_id, created_at, notified_version)
				values (:account, :target, :id, :now, :version)
				on conflict (account_id, target, target_id) do nothing""")
			.param("account", actor.accountId())
			.param("target", target.name())
			.param("id", id)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("version", version)
			.update();
		Timestamp since = this.jdbc
			.sql("select created_at from follow where account_id = :account and target = :target and target_id = :id")
			.param("account", actor.accountId())
			.param("target", target.name())
			.param("id", id)
			.query(Timestamp.class)
			.single();
		return new FollowView(target, id, name, target.link(id), since.toInstant());
	}

	/** Stops saving or following; what was not followed stays so. */
	void unfollow(FollowTarget target, long id) {
		this.jdbc.sql("delete from follow where account_id = :account and target = :target and target_id = :id")
			.param("account", this.actors.required().accountId())
			.param("target", target.name())
			.param("id", id)
			.update();
	}

	/** What the signed-in person saved and follows and may still see, newest first. */
	@Transactional(readOnly = true)
	List<FollowView> mine() {
		Actor actor = this.actors.required();
		Locale locale = LocaleContextHolder.getLocale();
		List<Row> rows = this.jdbc
			.sql("select target, target_id, created_at from follow where account_id = ? order by created_at desc, id desc")
			.param(actor.accountId())
			.query((row, n) -> new Row(FollowTarget.valueOf(row.getString("target")), row.getLong("target_id"),
					row.getTimestamp("created_at")))
			.list();
		Map<Long, OrganisationSummary> followed = this.organisations.findAll(
				rows.stream().filter(row -> row.target() == FollowTarget.ORGANISATION).map(Row::id).toList());
		return rows.stream()
			.flatMap(row -> (row.target() == FollowTarget.ORGANISATION
					? Optional.ofNullable(followed.get(row.id()))
						.filter(OrganisationSummary::verified)
						.map(organisation -> organisation.name(locale))
					: visiblePosting(row.target(), row.id()).map(PostingDocument::title))
				.map(name -> new FollowView(row.target(), row.id(), name, row.target().link(row.id()),
						row.since().toInstant()))
				.stream())
			.toList();
	}

	/**
	 * Tells the followers of a posting that it changed, once per version, while it is public: a change that takes
	 * it off the market is not announced (its page is gone for them too). Arguments: {0} the title.
	 */
	void postingChanged(long postingId) {
		Optional<PostingDocument> found = this.postings.find(postingId).filter(PostingDocument::isPublic);
		if (found.isEmpty()) {
			return;
		}
		PostingDocument posting = found.get();
		FollowTarget target = FollowTarget.of(posting.kind());
		List<Long> followers = this.jdbc.sql("""
				update follow set notified_version = :version
				where target = :target and target_id = :id and notified_version < :version
				returning account_id""")
			.param("version", posting.version())
			.param("target", target.name())
			.param("id", postingId)
			.query(Long.class)
			.list();
		String kind = posting.kind() == PostingKind.NEED ? "need" : "result";
		this.notifications.notifyAccounts(followers, Notice.of("FOLLOWED_POSTING_CHANGED",
				"notification.follow.changed." + kind, target.link(postingId), posting.title()));
	}

	private Optional<String> name(FollowTarget target, long id, Locale locale) {
		return target == FollowTarget.ORGANISATION
				? this.organisations.find(id).filter(OrganisationSummary::verified).map(found -> found.name(locale))
				: visiblePosting(target, id).map(PostingDocument::title);
	}

	private Optional<PostingDocument> visiblePosting(FollowTarget target, long id) {
		PostingKind kind = target.postingKind();
		return kind == null ? Optional.empty()
				: this.postings.find(id).filter(posting -> posting.kind() == kind && posting.isPublic());
	}

	private record Row(FollowTarget target, long id, Timestamp since) {
	}

}
