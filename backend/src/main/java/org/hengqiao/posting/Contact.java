package org.hengqiao.posting;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Whom to talk to about a posting; at least a phone number or an e-mail address. */
public record Contact(@NotBlank @Size(max = 50) String name,
		@Nullable @Size(max = 32) @Pattern(regexp = "[0-9+()\\- ]{5,32}", message = "{posting.contact.phone.format}") String phone,
		@Nullable @Email @Size(max = 254) String email) {

	public Contact normalised() {
		return new Contact(this.name.strip(), blankToNull(this.phone), blankToNull(this.email));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
