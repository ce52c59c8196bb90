package org.hengqiao.account;

import org.jspecify.annotations.Nullable;

/**
 * A person registering: what registration and demo data pass to {@link AccountManagement}. The fields are checked
 * by {@link AccountManagement#problemsWith(NewAccount, String)} (email format and uniqueness, password policy).
 *
 * @param email their sign-in, compared case-insensitively
 * @param displayName how others see them
 * @param phone an optional phone number
 * @param password the password in clear, hashed before it is stored
 * @param acceptedTermsVersion the version of the terms of use and privacy policy the person accepted when
 * registering; registration refuses any other than the current one, staff accounts have none
 */
public record NewAccount(String email, String displayName, @Nullable String phone, String password,
		@Nullable String acceptedTermsVersion) {

	@Override
	public String toString() {
		return "NewAccount[email=" + this.email + ", displayName=" + this.displayName + "]";
	}

}
