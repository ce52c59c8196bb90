package org.hengqiao.result;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Results extends JpaRepository<Result, Long> {

	boolean existsByOrganisationIdAndExternalId(long organisationId, String externalId);

	/** Locks the row: two imports of the same file must not both create or both update it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Result r where r.organisationId = :organisationId and r.externalId = :externalId")
	Optional<Result> findForUpdate(long organisationId, String externalId);

	@Query("select r from Result r where r.organisationId = :organisationId and r.externalId in :externalIds")
	List<Result> findByExternalIds(long organisationId, Collection<String> externalIds);

}
