package org.hengqiao.connect;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConversationRecords extends JpaRepository<Conversation, Long> {

	Optional<Conversation> findByInterestId(long interestId);

	List<Conversation> findByInterestIdIn(Collection<Long> interestIds);

	/** Locks the row, so messages of one conversation are numbered and its activity time set one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Conversation c where c.id = :id")
	Optional<Conversation> findForUpdate(long id);

	@Query("""
			select c from Conversation c
			where c.ownerOrganisationId = :organisationId or c.interestedOrganisationId = :organisationId
			order by c.lastActivityAt desc, c.id desc""")
	List<Conversation> inboxOf(long organisationId);

	/** The two organisations' conversations about one of the postings, asked about or offered with the interest. */
	@Query("""
			select c.id from Conversation c
			where ((c.ownerOrganisationId = :one and c.interestedOrganisationId = :other)
			    or (c.ownerOrganisationId = :other and c.interestedOrganisationId = :one))
			  and (c.postingId in :postingIds or c.offeredPostingId in :postingIds)
			order by c.id""")
	List<Long> betweenAbout(long one, long other, Collection<Long> postingIds);

}
