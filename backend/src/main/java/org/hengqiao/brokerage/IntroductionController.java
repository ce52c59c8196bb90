package org.hengqiao.brokerage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.hengqiao.connect.InterestView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Brokers: introductions", description = "A broker introduces the owners of a need and a result")
@RestController
class IntroductionController {

	private final BrokerIntroductions introductions;

	IntroductionController(BrokerIntroductions introductions) {
		this.introductions = introductions;
	}

	@Operation(summary = "Introduce two parties: an expression of interest on behalf of one side in the other's posting",
			description = "The broker must be assigned to the need or the result; the interested organisation must be "
					+ "verified. The posting's owner accepts or declines it like any interest.")
	@PostMapping("/api/v1/broker/introductions")
	@ResponseStatus(HttpStatus.CREATED)
	InterestView introduce(@RequestBody @Valid IntroductionRequest request) {
		return this.introductions.introduce(request);
	}

}
