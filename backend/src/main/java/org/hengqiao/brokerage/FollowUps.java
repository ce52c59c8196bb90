package org.hengqiao.brokerage;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUps extends JpaRepository<FollowUp, Long> {

	@Query("""
			select f from FollowUp f where f.brokerAccountId = :broker and (:all = true or f.doneAt is null)
			order by f.dueOn, f.id""")
	List<FollowUp> findByBroker(long broker, boolean all);

	@Query("""
			select f from FollowUp f where f.agencyOrganisationId = :agency and f.doneAt is null and f.dueOn < :today
			order by f.dueOn, f.id""")
	List<FollowUp> findOverdueOfAgency(long agency, LocalDate today);

}
