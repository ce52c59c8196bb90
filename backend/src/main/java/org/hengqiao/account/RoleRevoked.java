package org.hengqiao.account;

import org.jspecify.annotations.Nullable;

/** A person lost a role. Published within the transaction that revoked it. */
public record RoleRevoked(long accountId, Role role, @Nullable Long organisationId, long revokedBy) {
}
