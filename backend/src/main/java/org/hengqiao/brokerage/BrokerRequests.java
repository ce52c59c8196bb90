package org.hengqiao.brokerage;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BrokerRequests extends JpaRepository<BrokerRequest, Long> {

	/** Locks the row: an answer and a withdrawal are decided one after the other, the second sees the first. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from BrokerRequest r where r.id = :id")
	Optional<BrokerRequest> findForUpdate(long id);

	/** The oldest pending request to any broker about the subject, locked, for an operator to fulfil. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select r from BrokerRequest r
			where r.subjectType = :subjectType and r.subjectId = :subjectId and r.brokerAccountId is null
			  and r.status = org.hengqiao.brokerage.RequestStatus.PENDING
			order by r.createdAt, r.id""")
	List<BrokerRequest> openForAnyBroker(SubjectType subjectType, long subjectId);

	List<BrokerRequest> findByBrokerAccountIdOrderByCreatedAtDesc(long brokerAccountId);

	List<BrokerRequest> findByBrokerAccountIdIsNullAndStatusOrderByCreatedAt(RequestStatus status);

	List<BrokerRequest> findByRequesterOrganisationIdOrderByCreatedAtDesc(long organisationId);

}
