package org.hengqiao.posting;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Needs and results alike. */
interface Postings extends JpaRepository<Posting, Long>, JpaSpecificationExecutor<Posting> {

	/**
	 * Loads a posting for a change, locking its row: a second change waits for the first to commit and then sees
	 * its version, so a stale request is refused with the current version instead of failing at commit.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Posting p where p.id = :id")
	Optional<Posting> findForUpdate(long id);

	@Query("select p from Posting p where p.id > :afterId order by p.id")
	List<Posting> findAfter(long afterId, Limit limit);

	long countByStoredKindAndStatusIn(PostingKind kind, List<PostingStatus> statuses);

	long countByStatusAndOutcome(PostingStatus status, CloseOutcome outcome);

	/** Postings first published since then that are still public (the home page's "new this month"). */
	long countByStatusInAndPublishedAtGreaterThanEqual(List<PostingStatus> statuses, java.time.Instant since);

}
