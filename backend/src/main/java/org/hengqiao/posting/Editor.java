package org.hengqiao.posting;

import org.hengqiao.account.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Who a change is recorded against in the audit log: a person, or the platform itself (the expiry job, bulk loads
 * started by the system).
 */
public record Editor(@Nullable Long accountId, String name) {

	public static final Editor PLATFORM = new Editor(null, "system");

	public static Editor of(Actor actor) {
		return new Editor(actor.accountId(), actor.displayName());
	}

}
