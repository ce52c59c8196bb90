package org.hengqiao.deal;

import java.math.BigDecimal;

import org.hengqiao.posting.SignedContracts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Sums the contract values of the deals signed and still standing (signed, in execution or completed). */
@Component
class SignedContractFigures implements SignedContracts {

	private final JdbcClient jdbc;

	SignedContractFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public BigDecimal totalValueYuan() {
		return this.jdbc
			.sql("select coalesce(sum(contract_value_yuan), 0) from deal where stage in (:signed, :executing, :done)")
			.param("signed", DealStage.CONTRACT_SIGNED.name())
			.param("executing", DealStage.IN_EXECUTION.name())
			.param("done", DealStage.COMPLETED.name())
			.query(BigDecimal.class)
			.single();
	}

}
