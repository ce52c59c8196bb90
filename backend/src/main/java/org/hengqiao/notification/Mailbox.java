package org.hengqiao.notification;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts e-mails into the outbox ({@code outgoing_mail}) in the caller's transaction: a mail exists only if what
 * caused it committed. {@link MailDispatcher} sends it after the commit.
 */
@Component
class Mailbox {

	private final JdbcClient jdbc;

	private final MailTransport transport;

	private final ObjectProvider<MailDispatcher> dispatcher;

	Mailbox(JdbcClient jdbc, MailTransport transport, ObjectProvider<MailDispatcher> dispatcher) {
		this.jdbc = jdbc;
		this.transport = transport;
		this.dispatcher = dispatcher;
	}

	/** Whether e-mails go anywhere; with e-mail off, nothing is queued. */
	boolean enabled() {
		return this.transport.enabled();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void enqueue(@Nullable Long accountId, String recipient, String subject, String body,
			@Nullable String unsubscribeUrl) {
		if (!enabled()) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now());
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into outgoing_mail (account_id, recipient, subject, body, unsubscribe_url, status, attempts,
				    next_attempt_at, created_at)
				values (:account, :recipient, :subject, :body, :unsubscribe, 'PENDING', 0, :now, :now)""")
			.param("account", accountId)
			.param("recipient", recipient)
			.param("subject", subject.length() > 300 ? subject.substring(0, 300) : subject)
			.param("body", body)
			.param("unsubscribe", unsubscribeUrl)
			.param("now", now)
			.update(keys, "id");
		long id = java.util.Objects.requireNonNull(keys.getKey()).longValue();
		// Not an application event: the row is the outbox already, and the dispatcher's poll is the retry.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Mailbox.this.dispatcher.getObject().sendSoon(id);
			}
		});
	}

}
