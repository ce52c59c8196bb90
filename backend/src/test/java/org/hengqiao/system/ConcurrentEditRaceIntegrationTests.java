package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hengqiao.need.NeedRequests.aNeed;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.Posting;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The race the services' version checks cannot see: two writers read the same version, the other commits first,
 * and this one fails only when its update finds the version changed. The answer must still name the version that
 * won, as the services' own check does.
 */
@HengqiaoIntegrationTest
class ConcurrentEditRaceIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ProblemHandler problemHandler;

	@Test
	void aChangeThatLosesTheRaceAtCommitIsAConflictNamingTheVersionThatWon() {
		Actor owner = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳乐观锁竞争测试企业"), true);
		long id = PostingApi.needs(this.mvc).draft(owner, aNeed());

		ObjectOptimisticLockingFailureException lost = catchThrowableOfType(ObjectOptimisticLockingFailureException.class,
				() -> new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
					Posting posting = this.entityManager.find(Posting.class, id);
					commitAnotherWritersChange(id);
					// Writes the version at commit, checking the one read above: the other writer's change makes
					// the update match no row.
					this.entityManager.lock(posting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
				}));
		assertThat(lost).as("the commit fails on the version").isNotNull();

		ResponseEntity<ProblemDetail> answer = this.problemHandler.concurrentEdit(lost);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		ProblemDetail problem = answer.getBody();
		assertThat(problem).isNotNull();
		assertThat(problem.getProperties()).as("problem properties")
			.containsEntry("code", "concurrentEdit")
			.containsEntry(Problems.CURRENT_VERSION, 1L);
	}

	private void commitAnotherWritersChange(long id) {
		TransactionTemplate other = new TransactionTemplate(this.transactions);
		other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		other.executeWithoutResult(status -> this.jdbc
			.sql("update posting set version = version + 1, title = title || '（另一人修改）' where id = :id")
			.param("id", id)
			.update());
	}

}
