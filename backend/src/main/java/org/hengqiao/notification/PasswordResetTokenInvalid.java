package org.hengqiao.notification;

import org.hengqiao.system.DomainException;

/** The reset link is unknown, used already or expired: the person asks for a new one. */
public class PasswordResetTokenInvalid extends DomainException {

	public PasswordResetTokenInvalid() {
		super(Kind.NOT_FOUND, "passwordResetTokenInvalid");
	}

}
