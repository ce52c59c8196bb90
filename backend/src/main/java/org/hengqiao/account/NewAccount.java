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
 */
public record NewAccount(String email, String displayName, @Nullable String phone, String password) {

	@Override
	public String toString() {
		return "NewAccount[email=" + this.email + ", displayName=" + this.displayName + "]";
	}

}
