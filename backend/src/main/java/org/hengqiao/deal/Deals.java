package org.hengqiao.deal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Deals extends JpaRepository<Deal, Long> {

	/** Locks the deal's row, so a second stage change waits and then sees the first one's version. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Deal d where d.id = :id")
	Optional<Deal> findForUpdate(long id);

	@Query("""
			select d from Deal d
			where (d.demandOrganisationId = :organisation or d.supplyOrganisationId = :organisation
			    or d.brokerAccountId = :account)
			  and d.stage in :stages
			order by d.updatedAt desc""")
	List<Deal> findFollowedBy(long organisation, long account, Collection<DealStage> stages);

	@Query("select d from Deal d where d.stage in :stages order by d.updatedAt desc")
	List<Deal> findByStages(Collection<DealStage> stages);

	/**
	 * Other deals on the posting, confirmed by both sides, at one of the stages: an unconfirmed deal holds nothing, so
	 * it cannot keep a posting in negotiation or closed.
	 */
	@Query("""
			select count(d) from Deal d
			where (d.needId = :posting or d.resultId = :posting) and d.id <> :deal and d.stage in :stages
			  and d.demandConfirmedAt is not null and d.supplyConfirmedAt is not null""")
	long countOthersAt(long posting, long deal, Collection<DealStage> stages);

	/**
	 * Whether a confirmed deal on the posting that has not ended (lost, disputed, voided) has the organisation as a
	 * side or the account as its broker.
	 */
	@Query("""
			select count(d) > 0 from Deal d
			where (d.needId = :posting or d.resultId = :posting)
			  and d.stage not in (org.hengqiao.deal.DealStage.LOST, org.hengqiao.deal.DealStage.DISPUTED,
			      org.hengqiao.deal.DealStage.VOIDED)
			  and d.demandConfirmedAt is not null and d.supplyConfirmedAt is not null
			  and (d.demandOrganisationId = :organisation or d.supplyOrganisationId = :organisation
			    or d.brokerAccountId = :account)""")
	boolean existsLiveFor(long posting, long organisation, long account);

	/** The organisation's deals on the posting (as either side), the latest first. */
	@Query("""
			select d from Deal d
			where (d.needId = :posting or d.resultId = :posting)
			  and (d.demandOrganisationId = :organisation or d.supplyOrganisationId = :organisation)
			order by d.updatedAt desc, d.id desc""")
	List<Deal> findOnPostingOf(long posting, long organisation);

}
