package org.hengqiao.account;

import org.jspecify.annotations.Nullable;

/**
 * A person as other modules may show them: never their email, phone or roles.
 *
 * @param organisationId the organisation they actively belong to, if any
 */
public record Person(long accountId, String displayName, @Nullable Long organisationId) {
}
