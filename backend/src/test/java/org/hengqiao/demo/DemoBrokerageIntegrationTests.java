package org.hengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Same configuration as {@link DemoDataIntegrationTests}, so both share one application context. */
@SpringBootTest(properties = "hengqiao.demo-data=true")
@AutoConfigureMockMvc
class DemoBrokerageIntegrationTests {

	@Autowired
	DemoBrokerage brokerage;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoBrokerIsAssignedToTwoNeedsAndAResultAtTheirOwnersRequestWithAFollowUpOnce() {
		this.brokerage.run(null);

		assertThat(this.jdbc.sql("""
				select a.subject_type from broker_assignment a join account b on b.id = a.broker_account_id
				where b.email = ? order by a.subject_type""").param(DemoBrokerage.BROKER).query(String.class).list())
			.as("assigned once, however often it runs")
			.containsExactly("NEED", "NEED", "RESULT");
		assertThat(this.jdbc.sql("""
				select count(*) from broker_assignment a join account b on b.id = a.broker_account_id
				join broker_request r on r.id = a.request_id
				where b.email = ? and r.status = 'ACCEPTED' and r.broker_account_id = b.id
				  and r.requester_organisation_id = (select p.organisation_id from posting p where p.id = a.subject_id)""")
			.param(DemoBrokerage.BROKER)
			.query(Long.class)
			.single()).as("each assignment answers its posting owner's request, accepted by the broker").isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select count(*) from follow_up f join account b on b.id = f.broker_account_id where b.email = ?""")
			.param(DemoBrokerage.BROKER)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
