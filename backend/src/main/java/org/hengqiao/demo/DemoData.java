package org.hengqiao.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NewAccount;
import org.hengqiao.demo.DemoCatalogue.DemoNeed;
import org.hengqiao.demo.DemoCatalogue.DemoOrganisation;
import org.hengqiao.demo.DemoCatalogue.DemoResult;
import org.hengqiao.need.NeedDraft;
import org.hengqiao.need.NeedManagement;
import org.hengqiao.organisation.NewOrganisation;
import org.hengqiao.organisation.OrganisationManagement;
import org.hengqiao.organisation.Registered;
import org.hengqiao.organisation.Registration;
import org.hengqiao.posting.Amount;
import org.hengqiao.posting.Contact;
import org.hengqiao.posting.ContactVisibility;
import org.hengqiao.posting.Maturity;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingLifecycle;
import org.hengqiao.posting.PostingState;
import org.hengqiao.result.IpRight;
import org.hengqiao.result.IpStatus;
import org.hengqiao.result.IpType;
import org.hengqiao.result.PatentNumber;
import org.hengqiao.result.ResultDraft;
import org.hengqiao.result.ResultManagement;
import org.hengqiao.result.TeamMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo on the first start with {@code hengqiao.demo-data=true}: it registers each organisation with its
 * admin, has the operator verify it, and has its people post needs and results that the operator approves. It
 * runs before the application reports ready, so the portal never shows a half-seeded demo.
 */
@Component
@Order(DemoData.ORDER)
@ConditionalOnBooleanProperty("hengqiao.demo-data")
class DemoData implements ApplicationRunner {

	/** Runs before the runners that build on the seeded postings ({@link DemoBrokerage}). */
	static final int ORDER = 0;

	/** The password of every demo person, printed by {@code bin/run}. */
	static final String PASSWORD = "Hengqiao-demo-2026";

	static final String OPERATOR = "operator@hengqiao.demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final Map<String, String> EMAILS = Map.of("usc", "tto@usc.hengqiao.demo", "agency",
			"broker@hengqiao.demo");

	private final Registration registration;

	private final OrganisationManagement organisations;

	private final AccountManagement accounts;

	private final NeedManagement needs;

	private final ResultManagement results;

	private final PostingLifecycle lifecycle;

	private final Actors actors;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	DemoData(Registration registration, OrganisationManagement organisations, AccountManagement accounts,
			NeedManagement needs, ResultManagement results, PostingLifecycle lifecycle, Actors actors,
			JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.registration = registration;
		this.organisations = organisations;
		this.accounts = accounts;
		this.needs = needs;
		this.results = results;
		this.lifecycle = lifecycle;
		this.actors = actors;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DemoCatalogue catalogue = DemoCatalogue.read(this.json);
		String firstCode = catalogue.organisations().getFirst().creditCode();
		if (this.jdbc.sql("select count(*) from organisation where credit_code = ?")
			.param(firstCode)
			.query(Long.class)
			.single() > 0) {
			log.info("Demo data already present");
			return;
		}
		Actor operator = actor(this.accounts.ensureOperator(OPERATOR, "平台运营", PASSWORD));
		Map<String, Author> admins = new HashMap<>();
		for (DemoOrganisation organisation : catalogue.organisations()) {
			admins.put(organisation.key(), new Author(registerVerified(organisation, operator), organisation.region()));
		}
		this.actors.runAs(operator, () -> this.accounts.grantBroker(admins.get("agency").actor().accountId()));
		catalogue.needs().forEach(need -> postNeed(need, admins.get(need.org()), operator));
		catalogue.results().forEach(result -> postResult(result, admins.get(result.org()), operator));
		log.info("Demo data created: {} organisations, {} needs, {} results", catalogue.organisations().size(),
				catalogue.needs().size(), catalogue.results().size());
	}

	private Actor registerVerified(DemoOrganisation organisation, Actor operator) {
		String email = EMAILS.getOrDefault(organisation.key(), "admin@" + organisation.key() + ".hengqiao.demo");
		Registered registered = this.registration.registerOrganisation(
				new NewAccount(email, displayName(organisation), null, PASSWORD, this.registration.currentTermsVersion()),
				new NewOrganisation(organisation.type(), organisation.nameZh(), organisation.nameEn(),
						organisation.creditCode(), organisation.region(), organisation.industry(), organisation.size(),
						organisation.website(), organisation.profile()));
		long id = registered.organisationId();
		this.actors.runAs(actor(registered.accountId()), () -> {
			this.organisations.uploadLicence(id, licence(organisation), "营业执照.pdf");
			this.organisations.requestVerification(id);
		});
		this.actors.runAs(operator, () -> this.organisations.approve(id));
		return actor(registered.accountId());
	}

	private void postNeed(DemoNeed need, Author author, Actor operator) {
		NeedDraft draft = new NeedDraft(null, need.title(), need.text(), need.fieldCode(), need.clusters(),
				need.keywords(), need.modes(), amount(Boolean.TRUE.equals(need.negotiable()), need.minYuan(), need.maxYuan()),
				LocalDate.now(this.clock).plusDays(need.deadlineDays()), author.region(),
				need.minTrl() == null ? null : new Maturity(need.minTrl(), null), contact(author.actor()),
				ContactVisibility.VERIFIED_ORGANISATIONS);
		long id = this.actors.callAs(author.actor(), () -> this.needs.create(draft).posting().id());
		publish(PostingKind.NEED, id, author.actor(), operator, Boolean.TRUE.equals(need.awaitingReview()));
	}

	private void postResult(DemoResult result, Author author, Actor operator) {
		List<IpRight> patents = Objects.requireNonNullElse(result.patents(), List.<String>of())
			.stream()
			.map(DemoData::patent)
			.toList();
		List<TeamMember> team = result.team() == null ? List.of() : List.of(new TeamMember(result.team(), null, false));
		List<String> scenarios = result.scenarios() == null ? List.of()
				: Arrays.stream(result.scenarios().split("；")).map(String::strip).toList();
		ResultDraft draft = new ResultDraft(null, result.title(), result.text(), result.fieldCode(), result.clusters(),
				result.keywords(), result.modes(), amount(Boolean.TRUE.equals(result.negotiable()), result.minYuan(), result.maxYuan()),
				new Maturity(result.trl(), result.stage()), patents, team, scenarios, author.region(),
				contact(author.actor()), ContactVisibility.BROKERS_ONLY, null);
		long id = this.actors.callAs(author.actor(), () -> this.results.create(draft).posting().id());
		publish(PostingKind.RESULT, id, author.actor(), operator, false);
	}

	private void publish(PostingKind kind, long id, Actor author, Actor operator, boolean leaveForReview) {
		PostingState submitted = this.actors.callAs(author, () -> this.lifecycle.submit(kind, id, null));
		if (!leaveForReview) {
			this.actors.runAs(operator, () -> this.lifecycle.approve(kind, id, submitted.version()));
		}
	}

	/** An organisation's admin, who posts for it from its region. */
	private record Author(Actor actor, String region) {
	}

	private Actor actor(long accountId) {
		return this.accounts.actorOf(accountId).orElseThrow();
	}

	private static String displayName(DemoOrganisation organisation) {
		return switch (organisation.type()) {
			case UNIVERSITY, RESEARCH_INSTITUTE -> organisation.nameZh() + "技术转移中心";
			case SERVICE_AGENCY -> "王经纪（技术经纪人）";
			default -> organisation.nameZh().replaceAll("（示例）", "") + "技术部";
		};
	}

	private static Amount amount(boolean negotiable, Long min, Long max) {
		return negotiable ? new Amount(true, null, null) : new Amount(false, min, max);
	}

	private static Contact contact(Actor author) {
		return new Contact(author.displayName(), "0734-8" + String.format("%06d", author.accountId()), null);
	}

	private static IpRight patent(String number) {
		PatentNumber parsed = PatentNumber.parse(number);
		IpType type = switch (parsed.type()) {
			case INVENTION -> IpType.INVENTION;
			case UTILITY_MODEL -> IpType.UTILITY_MODEL;
			case DESIGN -> IpType.DESIGN;
		};
		IpStatus status = parsed.form() == PatentNumber.Form.APPLICATION ? IpStatus.GRANTED : IpStatus.APPLIED;
		return new IpRight(parsed.normalized(), type, status);
	}

	/** A small, valid PDF standing in for the scanned business licence. */
	private static InputStream licence(DemoOrganisation organisation) {
		String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
				+ "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%% demo licence of "
				+ organisation.key() + "\n%%EOF\n";
		return new ByteArrayInputStream(pdf.getBytes(StandardCharsets.US_ASCII));
	}

}
