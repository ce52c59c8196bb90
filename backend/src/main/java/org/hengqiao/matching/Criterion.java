package org.hengqiao.matching;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * One structured criterion of a match, judged from both postings' data.
 *
 * @param name which criterion
 * @param status met, conflicting, or unknown when either side does not say
 * @param needValue what the need asks (or the visitor), as stored
 * @param resultValue what the result offers, as stored
 * @param factor what this criterion multiplies the relevance by (conflicts sink a match, they never remove it)
 */
public record Criterion(Name name, Status status, @Nullable String needValue, @Nullable String resultValue,
		@Schema(description = "Multiplier applied to the relevance") double factor) {

	public enum Name {

		COOPERATION_MODE, INDUSTRY_CLUSTER, TECHNICAL_FIELD, MATURITY, PRICE_BUDGET, REGION

	}

	public enum Status {

		MET, CONFLICTING, UNKNOWN

	}

}
