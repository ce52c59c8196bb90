package org.hengqiao.posting;

/**
 * Another module's say on who may see a posting's restricted contact details beyond the visibility the owner
 * chose: the connect module discloses them to the other side of an accepted interest. Posting does not depend on
 * that module; it asks every implementation present.
 */
public interface ContactDisclosures {

	boolean disclosedTo(long organisationId, long postingId);

}
