package org.hengqiao.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.CooperationMode;
import org.jspecify.annotations.Nullable;

/**
 * The signed contract, with what the technical-contract registration (技术合同登记) asks for. Every field is
 * required when a deal reaches {@link DealStage#CONTRACT_SIGNED}; the service names each missing one.
 *
 * @param valueYuan the contract value in yuan (CNY), positive
 * @param signedOn the signing date, not in the future
 * @param parties at least a client and a contractor
 */
public record Contract(@Nullable @Digits(integer = 14, fraction = 2) BigDecimal valueYuan,
		@Nullable CooperationMode cooperationMode, @Nullable LocalDate signedOn, @Nullable @Size(max = 200) String title,
		@Nullable ContractType type, @Nullable @Size(max = 10) List<@Valid ContractParty> parties) {
}
