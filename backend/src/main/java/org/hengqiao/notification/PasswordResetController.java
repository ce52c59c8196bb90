package org.hengqiao.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/password-reset")
@Tag(name = "Password reset")
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "E-mail a reset link; answers 202 whether or not an account has the address")
	void request(@Valid @RequestBody ResetRequest request) {
		this.resets.request(request.email(), LocaleContextHolder.getLocale());
	}

	@PostMapping("/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a new password with the e-mailed token (single use, expires after 30 minutes)")
	void reset(@PathVariable String token, @Valid @RequestBody NewPassword body) {
		this.resets.reset(token, body.password());
	}

	record ResetRequest(@NotBlank @Size(max = 254) String email) {
	}

	record NewPassword(@NotBlank @Size(max = 200) String password) {
	}

}
