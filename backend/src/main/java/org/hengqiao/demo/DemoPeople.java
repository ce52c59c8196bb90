package org.hengqiao.demo;

import java.util.Optional;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.posting.PostingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the seeded demo people and postings for the runners that build on them. Lookups go by credit code, which
 * only the demo's organisations carry: tests sharing the database may register organisations and postings of the
 * same names.
 */
@Component
class DemoPeople {

	private final AccountManagement accounts;

	private final JdbcClient jdbc;

	DemoPeople(AccountManagement accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/** The person signing in with the e-mail address, if the demo has been seeded. */
	Optional<Actor> byEmail(String email) {
		return this.jdbc.sql("select id from account where email = ?")
			.param(email)
			.query(Long.class)
			.optional()
			.flatMap(this.accounts::actorOf);
	}

	/** The first active member of the organisation (its admin, who registered it). */
	Actor member(String creditCode) {
		long id = this.jdbc.sql("""
				select a.id from account a join organisation o on o.id = a.organisation_id
				where o.credit_code = ? and a.membership_status = 'ACTIVE' order by a.id limit 1""")
			.param(creditCode)
			.query(Long.class)
			.single();
		return this.accounts.actorOf(id).orElseThrow();
	}

	long organisation(String creditCode) {
		return this.jdbc.sql("select id from organisation where credit_code = ?")
			.param(creditCode)
			.query(Long.class)
			.single();
	}

	PostingKind kind(long posting) {
		return PostingKind.valueOf(
				this.jdbc.sql("select kind from posting where id = ?").param(posting).query(String.class).single());
	}

	long posting(String creditCode, String title) {
		return this.jdbc.sql("""
				select p.id from posting p join organisation o on o.id = p.organisation_id
				where o.credit_code = ? and p.title = ?""").param(creditCode).param(title).query(Long.class).single();
	}

}
