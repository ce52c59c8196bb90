package org.hengqiao.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Looks people up for other modules (who posted, who expressed interest), without exposing accounts. */
public interface AccountDirectory {

	Optional<Person> find(long accountId);

	/** Several at once, keyed by account id; unknown ids are left out. */
	Map<Long, Person> findAll(Collection<Long> accountIds);

	/** Where to e-mail the person (notifications, password reset). */
	Optional<String> emailOf(long accountId);

	/** The account with this e-mail address (compared case-insensitively), if any. */
	Optional<Long> idByEmail(String email);

	/** The ids of the organisation's active members. */
	List<Long> activeMembersOf(long organisationId);

	/** The ids of the organisation's active administrators. */
	List<Long> activeAdminsOf(long organisationId);

	/** Active brokers, of one organisation (a service agency) or of all if {@code organisationId} is null. */
	List<Person> brokers(@Nullable Long organisationId);

}
