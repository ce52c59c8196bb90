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

	/** Active brokers, of one organisation (a service agency) or of all if {@code organisationId} is null. */
	List<Person> brokers(@Nullable Long organisationId);

}
