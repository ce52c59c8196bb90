package org.hengqiao.connect;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InterestRecords extends JpaRepository<Interest, Long> {

	/** Locks the row: two answers to one interest are decided one after the other, the second sees the first. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Interest i where i.id = :id")
	Optional<Interest> findForUpdate(long id);

	boolean existsByInterestedOrganisationIdAndOpenPostingId(long interestedOrganisationId, long openPostingId);

	List<Interest> findByPostingOrganisationIdOrderByCreatedAtDesc(long organisationId);

	Optional<Interest> findFirstByPostingIdAndInterestedOrganisationIdOrderByCreatedAtDescIdDesc(long postingId,
			long interestedOrganisationId);

	List<Interest> findByPostingOrganisationIdAndStatusOrderByCreatedAtDesc(long organisationId,
			InterestStatus status);

	List<Interest> findByInterestedOrganisationIdOrderByCreatedAtDesc(long organisationId);

	List<Interest> findByInterestedOrganisationIdAndStatusOrderByCreatedAtDesc(long organisationId,
			InterestStatus status);

	/** Whether the organisation is the other side of an accepted interest in the posting (or offered with it). */
	@Query("""
			select count(i) > 0 from Interest i
			where i.status = org.hengqiao.connect.InterestStatus.ACCEPTED
			  and ((i.postingId = :postingId and i.interestedOrganisationId = :organisationId)
			    or (i.offeredPostingId = :postingId and i.postingOrganisationId = :organisationId))""")
	boolean acceptedFor(long postingId, long organisationId);

}
