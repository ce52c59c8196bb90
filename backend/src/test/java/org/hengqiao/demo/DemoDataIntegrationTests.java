package org.hengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest(properties = "hengqiao.demo-data=true")
@AutoConfigureMockMvc
class DemoDataIntegrationTests {

	/** 南华大学's code in {@code demo/organisations.json}; other tests may register organisations of the same name. */
	private static final String UNIVERSITY = "124304054304000047";

	private static final String DEMO_CODES = "'124304054304000047', '124304084304791972', '12430406430558389H', "
			+ "'12430421430637570J', '91430407430716762H', '914304054307959588', '91430482430875149G', "
			+ "'91430408430954330M', '914304224310335250', '91430412431112717W', '91430426431191902P', "
			+ "'91430406431271099P'";

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void seedsVerifiedOrganisationsAndPublishedPostingsOnce() throws Exception {
		long organisations = count("select count(*) from organisation where credit_code in (" + DEMO_CODES + ")");
		long published = count("select count(*) from posting where status = 'PUBLISHED'");

		this.demo.run(null);

		assertThat(count("select count(*) from organisation where credit_code = '" + UNIVERSITY + "'")).as("seeded once")
			.isEqualTo(1);
		assertThat(count("select count(*) from organisation where credit_code in (" + DEMO_CODES + ") and verification_status = 'VERIFIED'"))
			.as("demo organisations are verified by the operator")
			.isEqualTo(12);
		assertThat(organisations).as("organisations seeded at start-up").isEqualTo(12);
		assertThat(count("select count(*) from posting where status = 'PUBLISHED'")).as("a second run adds nothing")
			.isEqualTo(published);
		assertThat(count("select count(*) from posting p join organisation o on o.id = p.organisation_id where o.credit_code = '" + UNIVERSITY + "' and p.status = 'PUBLISHED'"))
			.as("the university's results are published")
			.isEqualTo(5);
		assertThat(count("select count(*) from posting where status = 'SUBMITTED' and title = '电子组件焊点缺陷的机器视觉自动检测'"))
			.as("one need waits in the moderation queue")
			.isEqualTo(1);
	}

	@Test
	void demoPeopleCanSignInWithThePrintedPassword() {
		assertThat(this.mvc.post()
			.uri("/api/v1/session")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"tto@usc.hengqiao.demo\",\"password\":\"" + DemoData.PASSWORD + "\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.organisationName")
			.isEqualTo("南华大学");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
