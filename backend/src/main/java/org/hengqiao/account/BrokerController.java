package org.hengqiao.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Operator: brokers", description = "Technology brokers of service agencies (operators only)")
@RestController
@RequestMapping("/api/v1/operator/brokers/{accountId}")
class BrokerController {

	private final AccountManagement accounts;

	BrokerController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@Operation(summary = "Make an active member of a service agency a broker")
	@PutMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void grant(@PathVariable long accountId) {
		this.accounts.grantBroker(accountId);
	}

	@Operation(summary = "Revoke a person's broker role")
	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long accountId) {
		this.accounts.revokeBroker(accountId);
	}

}
