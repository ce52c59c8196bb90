package org.hengqiao.brokerage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BrokerAssignments extends JpaRepository<BrokerAssignment, Long> {

	boolean existsByBrokerAccountIdAndSubjectTypeAndSubjectId(long brokerAccountId, SubjectType subjectType,
			long subjectId);

	List<BrokerAssignment> findByBrokerAccountIdOrderByAssignedAtDesc(long brokerAccountId);

	List<BrokerAssignment> findByAgencyOrganisationIdOrderByAssignedAtDesc(long agencyOrganisationId);

	List<BrokerAssignment> findBySubjectTypeAndSubjectIdOrderByAssignedAt(SubjectType subjectType, long subjectId);

}
