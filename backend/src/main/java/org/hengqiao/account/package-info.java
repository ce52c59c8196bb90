/**
 * People and their sessions: registration, sign-in, roles, membership of an organisation. Other modules ask
 * {@link org.hengqiao.account.Actors} who is acting and decide what that person may do.
 */
@NullMarked
package org.hengqiao.account;

import org.jspecify.annotations.NullMarked;
