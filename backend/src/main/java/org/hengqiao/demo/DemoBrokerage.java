package org.hengqiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.brokerage.FollowUpDraft;
import org.hengqiao.brokerage.FollowUpManagement;
import org.hengqiao.brokerage.RequestDraft;
import org.hengqiao.brokerage.RequestManagement;
import org.hengqiao.brokerage.RequestView;
import org.hengqiao.brokerage.SubjectType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo broker's work, after {@link DemoData} has seeded the postings, through the consent rules: the smelter
 * asks 王经纪 (the demo agency's broker) for help with two needs, the university with a matching result, and the
 * broker accepts the three requests and notes a follow-up. Their workbench then shows suggested matches at once.
 */
@Component
@Order(DemoData.ORDER + 1)
@ConditionalOnBooleanProperty("hengqiao.demo-data")
class DemoBrokerage implements ApplicationRunner {

	static final String BROKER = "broker@hengqiao.demo";

	private static final Logger log = LoggerFactory.getLogger(DemoBrokerage.class);

	private static final String SMELTER = "91430482430875149G";

	private static final String UNIVERSITY = "124304054304000047";

	private final RequestManagement requests;

	private final FollowUpManagement followUps;

	private final DemoPeople people;

	private final Actors actors;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoBrokerage(RequestManagement requests, FollowUpManagement followUps, DemoPeople people, Actors actors,
			JdbcClient jdbc, Clock clock) {
		this.requests = requests;
		this.followUps = followUps;
		this.people = people;
		this.actors = actors;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<Actor> found = this.people.byEmail(BROKER);
		if (found.isEmpty() || this.jdbc.sql("select count(*) from broker_assignment where broker_account_id = ?")
			.param(found.get().accountId())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		Actor broker = found.get();
		Actor smelter = this.people.member(SMELTER);
		Actor university = this.people.member(UNIVERSITY);
		long wastewater = this.people.posting(SMELTER, "铅锌冶炼废水中重金属深度去除与回收技术");
		long dust = this.people.posting(SMELTER, "冶炼烟尘中铟、锗等稀散金属的高效提取工艺");
		long adsorption = this.people.posting(UNIVERSITY, "含铊重金属废水选择性吸附深度处理技术");
		List<RequestView> asked = new ArrayList<>();
		this.actors.runAs(smelter, () -> {
			asked.add(this.requests.ask(new RequestDraft(SubjectType.NEED, wastewater, broker.accountId(),
					"请协助寻找废水除铊、除重金属的成熟技术")));
			asked.add(this.requests.ask(new RequestDraft(SubjectType.NEED, dust, broker.accountId(),
					"请协助对接稀散金属提取方面的高校团队")));
		});
		this.actors.runAs(university, () -> asked.add(this.requests.ask(new RequestDraft(SubjectType.RESULT,
				adsorption, broker.accountId(), "请协助推广我校含铊废水吸附技术"))));
		this.actors.runAs(broker, () -> {
			asked.forEach(request -> this.requests.accept(request.id()));
			this.followUps.create(new FollowUpDraft(SubjectType.NEED, wastewater, "约冶炼厂技术部与南华大学团队线上沟通除铊方案",
					LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(3)));
		});
		log.info("Demo broker asked for and assigned to 2 needs and 1 result");
	}

}
