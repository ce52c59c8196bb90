package org.hengqiao.account;

import org.jspecify.annotations.Nullable;

/**
 * A person was given a role. Published within the transaction that granted it.
 *
 * @param organisationId the organisation the role applies in ({@code null} for {@link Role#OPERATOR})
 * @param grantedBy who granted it; {@code null} when the platform itself did (registration, the first operator)
 */
public record RoleGranted(long accountId, Role role, @Nullable Long organisationId, @Nullable Long grantedBy) {
}
