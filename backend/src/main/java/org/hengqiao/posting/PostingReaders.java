package org.hengqiao.posting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the readers of published postings: each person outside the owning organisation once a day (operators
 * moderate rather than show demand, so they are not counted either). The count is a demand signal for the owner.
 */
@Service
public class PostingReaders {

	private final JdbcClient jdbc;

	private final Actors actors;

	private final PostingWorkflow workflow;

	PostingReaders(JdbcClient jdbc, Actors actors, PostingWorkflow workflow) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.workflow = workflow;
	}

	/**
	 * Notes that the current caller read the posting's detail page. Called after the read and outside any
	 * transaction: each statement commits on its own, so a refused duplicate spoils nothing else.
	 */
	public void noteRead(long postingId, HttpServletRequest request) {
		Optional<Owner> owner = this.jdbc.sql("select organisation_id, status from posting where id = ?")
			.param(postingId)
			.query((row, n) -> new Owner(row.getLong("organisation_id"), PostingStatus.valueOf(row.getString("status"))))
			.optional();
		Actor actor = this.actors.current().orElse(null);
		if (owner.isEmpty() || owner.get().status() != PostingStatus.PUBLISHED || !counts(actor, owner.get())) {
			return;
		}
		LocalDate today = this.workflow.today();
		try {
			// The guard spares the common repeat read an exception; the key still decides between concurrent ones.
			this.jdbc.sql("""
					insert into posting_reader (posting_id, read_on, reader)
					select :posting, :day, :reader from posting where id = :posting and not exists (
					    select 1 from posting_reader where posting_id = :posting and read_on = :day and reader = :reader)""")
				.param("posting", postingId)
				.param("day", Date.valueOf(today))
				.param("reader", reader(actor, request, today))
				.update();
		}
		catch (DuplicateKeyException alreadyCounted) {
			// The same reader today, perhaps in a concurrent request: counted once, as intended.
		}
	}

	/** Readers counted so far, by posting id; postings nobody read are absent. */
	@Transactional(readOnly = true)
	public Map<Long, Long> counts(Collection<Long> postingIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (postingIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("select posting_id, count(*) as readers from posting_reader where posting_id in (:ids) group by posting_id")
			.param("ids", postingIds)
			.query((row, n) -> counts.put(row.getLong("posting_id"), row.getLong("readers")))
			.list();
		return counts;
	}

	private static boolean counts(@Nullable Actor actor, Owner owner) {
		return actor == null || (!actor.isOperator() && !actor.isMemberOf(owner.organisationId()));
	}

	private static String reader(@Nullable Actor actor, HttpServletRequest request, LocalDate day) {
		if (actor != null) {
			return "a:" + actor.accountId();
		}
		String agent = request.getHeader("User-Agent");
		return "v:" + sha256(day + "|" + request.getRemoteAddr() + "|" + (agent != null ? agent : ""));
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

	private record Owner(long organisationId, PostingStatus status) {
	}

}
