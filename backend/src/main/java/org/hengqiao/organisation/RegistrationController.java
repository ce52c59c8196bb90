package org.hengqiao.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hengqiao.account.NewAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Registration", description = "Registering a person with a new organisation, or asking to join one")
@RestController
class RegistrationController {

	private final Registration registration;

	RegistrationController(Registration registration) {
		this.registration = registration;
	}

	@Operation(summary = "Register: with a new organisation (you become its admin) or asking to join one by its "
			+ "credit code; 400 names every field to fix and nothing is saved")
	@PostMapping("/api/v1/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	Registered register(@Valid @RequestBody RegistrationForm form) {
		NewAccount person = new NewAccount(form.email(), form.displayName(), form.phone(), form.password(),
				form.acceptedTermsVersion());
		OrganisationForm organisation = form.organisation();
		return organisation != null ? this.registration.registerOrganisation(person, organisation.toNewOrganisation())
				: this.registration.requestToJoin(person, String.valueOf(form.joinCreditCode()));
	}

	/**
	 * Either {@code organisation} (to register a new one) or {@code joinCreditCode} (to ask to join), not both;
	 * {@code acceptedTermsVersion} is the version of the terms and privacy policy the person accepted
	 * ({@code GET /api/v1/legal/terms}).
	 */
	record RegistrationForm(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 100) String displayName,
			@Size(max = 32) @Pattern(regexp = "\\+?[0-9][0-9 -]{4,30}") @Nullable String phone,
			@NotNull @Size(max = 128) String password, @Valid @Nullable OrganisationForm organisation,
			@Size(max = 40) @Nullable String joinCreditCode, @Size(max = 40) @Nullable String acceptedTermsVersion) {

		@AssertTrue(message = "{registration.organisationOrJoin}")
		boolean isOrganisationOrJoin() {
			return (this.organisation == null) != (this.joinCreditCode == null || this.joinCreditCode.isBlank());
		}

		@Override
		public String toString() {
			return "RegistrationForm[email=" + this.email + "]";
		}

	}

}
