package org.hengqiao.notification;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationController {

	private final Notifications notifications;

	private final EmailPreferences preferences;

	NotificationController(Notifications notifications, EmailPreferences preferences) {
		this.notifications = notifications;
		this.preferences = preferences;
	}

	@GetMapping
	@Operation(summary = "The signed-in person's notifications, unread first, then newest first")
	NotificationPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.notifications.page(page, size);
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many of the signed-in person's notifications are unread")
	UnreadCount unreadCount() {
		return new UnreadCount(this.notifications.unreadCount());
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one notification read")
	void read(@PathVariable long id) {
		this.notifications.markRead(id);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Mark all the signed-in person's notifications read")
	UnreadCount readAll() {
		this.notifications.markAllRead();
		return new UnreadCount(0);
	}

	@GetMapping("/settings")
	@Operation(summary = "The signed-in person's e-mail preference")
	EmailPreference settings() {
		return this.preferences.current();
	}

	@PutMapping("/settings")
	@Operation(summary = "Choose immediate e-mails, a daily digest or no e-mail")
	EmailPreference updateSettings(@Valid @RequestBody EmailChoice choice) {
		return this.preferences.update(choice.emailMode());
	}

	/**
	 * The link in every e-mail (and its List-Unsubscribe header): works without signing in, then shows the portal's
	 * confirmation page.
	 */
	@GetMapping("/unsubscribe")
	@Operation(summary = "One-click unsubscribe from e-mails with the token an e-mail carried")
	ResponseEntity<Void> unsubscribe(@RequestParam String token) {
		boolean done = this.preferences.unsubscribe(token);
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create(done ? "/unsubscribed" : "/unsubscribed?invalid=true"))
			.build();
	}

	record UnreadCount(long unread) {
	}

	record EmailChoice(@NotNull EmailMode emailMode) {
	}

}
