package org.hengqiao.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Accounts extends ListCrudRepository<Account, Long> {

	/** By the lower-cased email, as stored. */
	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	List<Account> findByOrganisationIdAndMembershipStatusOrderByCreatedAt(long organisationId,
			MembershipStatus status);

	/**
	 * The organisation's active members, locked until the transaction ends: two admins revoking each other at the
	 * same moment must not both see the other as the remaining admin.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.organisationId = ?1 and a.membershipStatus = "
			+ "org.hengqiao.account.MembershipStatus.ACTIVE order by a.id")
	List<Account> lockActiveMembersOf(long organisationId);

}
