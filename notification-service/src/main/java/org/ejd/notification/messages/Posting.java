package org.ejd.notification.messages;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.ejd.notification.delivery.Fact;
import org.ejd.notification.delivery.Informing;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Posting one message to a thread, the same for a new thread and a reply: the text checked, the sender's rate limit,
 * the row, and for a message from staff the family told through its own channels, preferences, quiet hours and
 * delivery form (kind {@code messages}; on paper: only in the diary). A message from the family shows as unread to staff.
 */
@Component
class Posting {

	private final Threads threads;

	private final MessageLinks links;

	private final Informing informing;

	private final SchoolTime time;

	private final MessageSettings settings;

	private final Moderation moderation;

	Posting(Threads threads, MessageLinks links, Informing informing, SchoolTime time, MessageSettings settings, Moderation moderation) {
		this.moderation = moderation;
		this.threads = threads;
		this.links = links;
		this.informing = informing;
		this.time = time;
		this.settings = settings;
	}

	String text(@Nullable String text) {
		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty()) {
			throw Refusal.invalid("messages.text-missing");
		}
		if (stripped.length() > settings.maxLength()) {
			throw Refusal.invalid("messages.text-too-long", settings.maxLength());
		}
		return stripped;
	}

	/** A sender the school admin blocked writes no more in the school's threads. */
	void notBlocked(UUID sender, UUID schoolId) {
		if (moderation.blocked(schoolId, sender)) {
			throw Refusal.notAllowed("messages.blocked");
		}
	}

	void withinRate(UUID sender) {
		if (threads.sentSince(sender, time.now().minus(Duration.ofMinutes(1))) >= settings.perMinute()) {
			throw Refusal.tooManyAttempts("messages.too-many", settings.perMinute());
		}
	}

	Threads.Posted post(Threads.Thread thread, UUID author, boolean fromStaff, String text) {
		Instant now = time.now();
		UUID id = UUID.randomUUID();
		long seq = threads.post(id, thread.id(), author, fromStaff, text, now);
		// the writer has read what they wrote
		threads.markRead(thread.id(), author, now);
		if (fromStaff) {
			String from = links.staffName(author, thread.schoolId()).orElse("Школа");
			informing.inform(new Fact(id, id, thread.studentId(), thread.schoolId(), "messages", "message",
					Map.of("from", from, "topic", thread.topic(), "preview", text.length() > 300 ? text.substring(0, 300) + "…" : text),
					now, false));
		}
		return new Threads.Posted(seq, id, thread.id(), author, fromStaff, text, now, null);
	}
}
