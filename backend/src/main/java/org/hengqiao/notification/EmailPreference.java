package org.hengqiao.notification;

/**
 * A person's choice of e-mails as the portal shows it.
 *
 * @param emailEnabled whether the platform sends e-mail at all (an SMTP server is configured)
 */
record EmailPreference(EmailMode emailMode, boolean emailEnabled) {
}
