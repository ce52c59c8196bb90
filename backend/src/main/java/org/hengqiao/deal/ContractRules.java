package org.hengqiao.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * What a contract must state before a deal counts as signed, each problem named by its field in the request. Its
 * client and contractor are the deal's two organisations (the demand side commissions, the supply side delivers), by
 * either of their registered names: a contract cannot commit a third party. Intermediaries (中介方) are named freely.
 */
final class ContractRules {

	private ContractRules() {
	}

	static List<FieldError> problems(@Nullable Contract contract, LocalDate today, Set<String> clientNames,
			Set<String> contractorNames) {
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
		else if (!parties.stream().allMatch(party -> names(party, clientNames, contractorNames))) {
			errors.add(new FieldError("contract.parties", "deal.contract.parties.notTheSides",
					String.join(" / ", clientNames), String.join(" / ", contractorNames)));
		}
		return errors;
	}

	private static boolean names(ContractParty party, Set<String> clientNames, Set<String> contractorNames) {
		if (party.role() == ContractParty.Role.INTERMEDIARY) {
			return true;
		}
		Set<String> allowed = party.role() == ContractParty.Role.CLIENT ? clientNames : contractorNames;
		return allowed.stream().anyMatch(name -> name.strip().equalsIgnoreCase(party.name().strip()));
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
