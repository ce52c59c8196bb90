package org.hengqiao.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.hengqiao.search.Eventually;

/** A real SMTP server (GreenMail) for the tests, which can go away and come back like a real one. */
final class SmtpServer {

	static final int PORT = 39263;

	private static GreenMail server = start();

	private SmtpServer() {
	}

	private static GreenMail start() {
		GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		return mail;
	}

	static synchronized void stop() {
		server.stop();
	}

	static synchronized void restart() {
		server = start();
	}

	/** Mails received for this address so far. */
	static synchronized List<MimeMessage> to(String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** Waits until this many mails reached the address, and returns them. */
	static List<MimeMessage> awaitMails(String address, int count) {
		Eventually.within(Duration.ofSeconds(30), count + " mail(s) to " + address, () -> to(address).size() >= count);
		return to(address);
	}

	static String text(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String header(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return values == null ? "" : values[0];
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
