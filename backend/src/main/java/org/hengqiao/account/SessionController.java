package org.hengqiao.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Session", description = "Signing in and out of the portal, and the signed-in person's password")
@RestController
@RequestMapping("/api/v1/session")
class SessionController {

	private final Sessions sessions;

	private final AccountManagement accounts;

	SessionController(Sessions sessions, AccountManagement accounts) {
		this.sessions = sessions;
		this.accounts = accounts;
	}

	@Operation(summary = "Who is signed in (authenticated=false for visitors)")
	@GetMapping
	SessionView current() {
		return this.accounts.session(LocaleContextHolder.getLocale());
	}

	@Operation(summary = "Sign in with email and password; 401 if they do not match, 429 (Retry-After) while this "
			+ "client must wait after failed attempts")
	@PostMapping
	SessionView signIn(@Valid @RequestBody SignIn body, HttpServletRequest request, HttpServletResponse response) {
		this.sessions.signIn(body.email(), body.password(), request, response);
		return this.accounts.session(LocaleContextHolder.getLocale());
	}

	@Operation(summary = "Sign out (ends this session only)")
	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signOut(HttpServletRequest request, HttpServletResponse response) {
		this.sessions.signOut(request, response);
	}

	@Operation(summary = "Change the signed-in person's password; the current one is required. Ends the person's "
			+ "other sessions; this one stays signed in")
	@PutMapping("/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChange body, HttpServletRequest request,
			HttpServletResponse response) {
		this.accounts.changePassword(body.currentPassword(), body.newPassword());
		this.sessions.keepAfterPasswordChange(request, response);
	}

	record SignIn(@NotBlank @Size(max = AccountManagement.MAX_EMAIL) String email,
			@NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String password) {

		@Override
		public String toString() {
			return "SignIn[email=" + this.email + "]";
		}

	}

	record PasswordChange(@NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String currentPassword,
			@NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String newPassword) {

		@Override
		public String toString() {
			return "PasswordChange[]";
		}

	}

}
