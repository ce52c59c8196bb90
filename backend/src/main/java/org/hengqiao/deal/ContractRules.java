package org.hengqiao.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;

/** What a contract must state before a deal counts as signed, each problem named by its field in the request. */
final class ContractRules {

	private ContractRules() {
	}

	static List<FieldError> problems(@Nullable Contract contract, LocalDate today) {
		if (contract == null) {
			return List.of(new FieldError("contract", "deal.contract.required"));
		}
		List<FieldError> errors = new ArrayList<>();
		if (contract.valueYuan() == null) {
			errors.add(new FieldError("contract.valueYuan", "deal.contract.value.required"));
		}
		else if (contract.valueYuan().compareTo(BigDecimal.ZERO) <= 0) {
			errors.add(new FieldError("contract.valueYuan", "deal.contract.value.positive"));
		}
		if (contract.cooperationMode() == null) {
			errors.add(new FieldError("contract.cooperationMode", "deal.contract.cooperationMode.required"));
		}
		if (contract.signedOn() == null) {
			errors.add(new FieldError("contract.signedOn", "deal.contract.signedOn.required"));
		}
		else if (contract.signedOn().isAfter(today)) {
			errors.add(new FieldError("contract.signedOn", "deal.contract.signedOn.future", contract.signedOn()));
		}
		if (contract.title() == null || contract.title().isBlank()) {
			errors.add(new FieldError("contract.title", "deal.contract.title.required"));
		}
		if (contract.type() == null) {
			errors.add(new FieldError("contract.type", "deal.contract.type.required"));
		}
		List<ContractParty> parties = contract.parties() != null ? contract.parties() : List.of();
		if (parties.stream().noneMatch(party -> party.role() == ContractParty.Role.CLIENT)
				|| parties.stream().noneMatch(party -> party.role() == ContractParty.Role.CONTRACTOR)) {
			errors.add(new FieldError("contract.parties", "deal.contract.parties.required"));
		}
		return errors;
	}

	/** One line for the history. */
	static String summary(Contract contract) {
		return "%s (%s, %s) %s CNY, %s, signed %s".formatted(contract.title(), contract.type(),
				contract.cooperationMode(), contract.valueYuan() != null ? contract.valueYuan().toPlainString() : "",
				contract.parties() != null
						? String.join("; ", contract.parties().stream().map(p -> p.role() + " " + p.name()).toList())
						: "",
				contract.signedOn());
	}

}
