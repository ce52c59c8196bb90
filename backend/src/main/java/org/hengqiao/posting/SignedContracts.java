package org.hengqiao.posting;

import java.math.BigDecimal;

/**
 * The value of the technology contracts signed through the platform, for the home page's figures. The deal module
 * implements it: deals depend on postings, so postings ask through this interface rather than the other way round.
 */
public interface SignedContracts {

	/** The sum, in yuan, of the contracts of deals that reached signing and were not voided, lost or disputed. */
	BigDecimal totalValueYuan();

}
