package org.hengqiao.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Role;
import org.hengqiao.organisation.CreditCode;
import org.hengqiao.organisation.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Creates organisations and the people acting for them, straight in the tables other modules own. */
public final class Organisations {

	private static final AtomicLong accounts = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000));

	private final JdbcClient jdbc;

	public Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long verified(OrganisationType type, String name) {
		return insert(type, name, "VERIFIED");
	}

	public long unverified(OrganisationType type, String name) {
		return insert(type, name, "UNVERIFIED");
	}

	public static Actor memberOf(long organisation, boolean verified) {
		return new Actor(accounts.incrementAndGet(), "成员" + organisation, organisation, verified, Set.of(Role.MEMBER));
	}

	public static Actor adminOf(long organisation, boolean verified) {
		return new Actor(accounts.incrementAndGet(), "管理员" + organisation, organisation, verified,
				Set.of(Role.MEMBER, Role.ORG_ADMIN));
	}

	/** Someone signed in whose request to join an organisation is still pending: no organisation, no role. */
	public static Actor applicant() {
		return new Actor(accounts.incrementAndGet(), "申请人", null, false, Set.of());
	}

	public static Actor broker() {
		return new Actor(accounts.incrementAndGet(), "经纪人", null, false, Set.of(Role.BROKER));
	}

	public static Actor operator() {
		return new Actor(accounts.incrementAndGet(), "运营", null, false, Set.of(Role.OPERATOR));
	}

	private long insert(OrganisationType type, String name, String verification) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into organisation (type, name_zh, name_en, credit_code, region_code, verification_status, created_at)
				values (:type, :name, :nameEn, :code, '430407', :verification, :now)""")
			.param("type", type.name())
			.param("name", name)
			.param("nameEn", "EN " + name)
			.param("code", newCreditCode().value())
			.param("verification", verification)
			.param("now", Timestamp.from(Instant.now()))
			.update(keys, "id");
		return java.util.Objects.requireNonNull(keys.getKey()).longValue();
	}

	/** A valid, random unified social credit code registered in Hengyang. */
	static CreditCode newCreditCode() {
		StringBuilder body = new StringBuilder();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			body.append(random.nextInt(10));
		}
		int[] weights = { 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		int check = 11 - sum % 11;
		char organisationCheck = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
		String first17 = "91430400" + body + organisationCheck;
		return CreditCode.parse(first17 + CreditCode.checkCharacterOf(first17));
	}

}
