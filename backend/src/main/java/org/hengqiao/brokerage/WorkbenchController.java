package org.hengqiao.brokerage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Brokers: workbench", description = "The broker's assigned items, suggested matches, follow-ups, deals")
@RestController
class WorkbenchController {

	private final BrokerWorkbench workbench;

	WorkbenchController(BrokerWorkbench workbench) {
		this.workbench = workbench;
	}

	@Operation(summary = "The signed-in broker's workbench")
	@GetMapping("/api/v1/broker/workbench")
	WorkbenchView workbench() {
		return this.workbench.workbench();
	}

}
