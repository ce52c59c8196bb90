package org.hengqiao.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's e-mails: each right after the commit that queued it, and every few seconds those whose retry
 * is due. Before talking SMTP an instance claims the row (one conditional update), so two instances, or the
 * after-commit send and the poll, never send one mail twice; a claim left by a dead instance runs out after
 * {@link #CLAIM}. A failure counts an attempt and backs off exponentially ({@link MailSettings#backoffAfter}) until
 * {@value #MAX_ATTEMPTS} attempts; the action that caused the mail committed long before and never sees it.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final java.time.Duration CLAIM = java.time.Duration.ofMinutes(2);

	private static final int BATCH = 50;

	/** With the default backoff about 12 hours of trying; then the mail is marked FAILED and left alone. */
	static final int MAX_ATTEMPTS = 30;

	private final JdbcClient jdbc;

	private final MailTransport transport;

	private final MailSettings settings;

	private final AsyncTaskExecutor executor;

	MailDispatcher(JdbcClient jdbc, MailTransport transport, MailSettings settings,
			@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
		this.jdbc = jdbc;
		this.transport = transport;
		this.settings = settings;
		this.executor = executor;
	}

	/** After the commit that queued the mail: send it on another thread, so the request answers at once. */
	void sendSoon(long mailId) {
		this.executor.execute(() -> send(mailId));
	}

	@Scheduled(initialDelayString = "${hengqiao.mail.poll-every:5s}", fixedDelayString = "${hengqiao.mail.poll-every:5s}")
	void sendDue() {
		if (!this.transport.enabled()) {
			return;
		}
		List<Long> due = this.jdbc.sql("""
				select id from outgoing_mail where status = 'PENDING' and next_attempt_at <= :now
				    and (claimed_until is null or claimed_until < :now)
				order by next_attempt_at, id""")
			.param("now", Timestamp.from(Instant.now()))
			.query(Long.class)
			.list();
		due.stream().limit(BATCH).forEach(this::send);
	}

	/** Sends one mail if it is still pending and no one else is sending it. */
	void send(long mailId) {
		Instant now = Instant.now();
		int claimed = this.jdbc.sql("""
				update outgoing_mail set claimed_until = :until
				where id = :id and status = 'PENDING' and (claimed_until is null or claimed_until < :now)""")
			.param("until", Timestamp.from(now.plus(CLAIM)))
			.param("id", mailId)
			.param("now", Timestamp.from(now))
			.update();
		if (claimed != 1) {
			return;
		}
		Optional<Outgoing> mail = this.jdbc
			.sql("select recipient, subject, body, unsubscribe_url, attempts from outgoing_mail where id = ?")
			.param(mailId)
			.query((row, n) -> new Outgoing(row.getString("recipient"), row.getString("subject"),
					row.getString("body"), row.getString("unsubscribe_url"), row.getInt("attempts")))
			.optional();
		if (mail.isEmpty()) {
			return;
		}
		Outgoing outgoing = mail.get();
		try {
			this.transport.send(outgoing.recipient(), outgoing.subject(), outgoing.body(), outgoing.unsubscribeUrl());
		}
		catch (Exception ex) {
			int failures = outgoing.attempts() + 1;
			Instant next = Instant.now().plus(this.settings.backoffAfter(failures));
			log.warn("Sending e-mail {} failed (attempt {}), retrying at {}: {}", mailId, failures, next, ex.toString());
			String error = ex.toString();
			this.jdbc.sql("""
					update outgoing_mail set attempts = :attempts, next_attempt_at = :next, claimed_until = null,
					    last_error = :error, status = :status
					where id = :id""")
				.param("attempts", failures)
				.param("status", failures >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
				.param("next", Timestamp.from(next))
				.param("error", error.length() > 500 ? error.substring(0, 500) : error)
				.param("id", mailId)
				.update();
			return;
		}
		// The body goes: a password reset mail carries a live token, and nobody needs a sent mail's text again.
		this.jdbc.sql("""
				update outgoing_mail set status = 'SENT', sent_at = :now, attempts = attempts + 1, body = '',
				    claimed_until = null
				where id = :id""")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", mailId)
			.update();
	}

	private record Outgoing(String recipient, String subject, String body, @Nullable String unsubscribeUrl,
			int attempts) {
	}

}
