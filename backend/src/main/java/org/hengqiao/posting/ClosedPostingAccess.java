package org.hengqiao.posting;

import org.hengqiao.account.Actor;

/**
 * Another module's say on who may still read a closed posting, which has left the public site: the deal module lets
 * the two parties of a deal on it and the deal's broker read it after the signed contract closed it. Reading is all
 * it grants: contacts and attachments still follow the owner's visibility rule and {@link ContactDisclosures}.
 * Posting does not depend on that module; it asks every implementation present.
 */
public interface ClosedPostingAccess {

	boolean grants(Actor reader, long postingId);

}
