package org.hengqiao.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks people up for other modules (who posted, who expressed interest), without exposing accounts. */
public interface AccountDirectory {

	Optional<Person> find(long accountId);

	/** Several at once, keyed by account id; unknown ids are left out. */
	Map<Long, Person> findAll(Collection<Long> accountIds);

}
