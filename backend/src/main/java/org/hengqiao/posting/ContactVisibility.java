package org.hengqiao.posting;

/** Who may see a posting's contact details before any expression of interest is accepted. */
public enum ContactVisibility {

	PUBLIC, VERIFIED_ORGANISATIONS, BROKERS_ONLY

}
