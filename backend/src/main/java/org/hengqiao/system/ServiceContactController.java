package org.hengqiao.system;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Platform")
class ServiceContactController {

	private final ServiceContactProperties properties;

	ServiceContactController(ServiceContactProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/api/v1/platform/contact")
	@Operation(summary = "The service hotline and e-mail the footer shows (public; absent when not configured)")
	ServiceContact contact() {
		return this.properties.contact();
	}

}
