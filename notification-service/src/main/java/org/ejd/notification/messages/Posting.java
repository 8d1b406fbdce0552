package org.ejd.notification.messages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.notification.delivery.Fact;
import org.ejd.notification.delivery.Informing;
import org.ejd.notification.delivery.PersonalMessages;
import org.ejd.notification.recipients.QuietHours;
import org.ejd.notification.recipients.Recipients;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Posting one message to a thread, the same for a new thread and a reply: the text checked, the sender's rate limit,
 * the row, and for a message from staff the family told through its own channels, preferences, quiet hours and
 * delivery form (kind {@code messages}; on paper: only in the diary). A message from the family shows as unread to staff and
 * is told to them in their feed and on their verified contact outside the staff's quiet hours.
 */
@Component
class Posting {

	private final Threads threads;

	private final MessageLinks links;

	private final Informing informing;

	private final SchoolTime time;

	private final MessageSettings settings;

	private final Moderation moderation;

	private final MessageFiles files;

	private final PersonalMessages personal;

	private final Recipients recipients;

	Posting(Threads threads, MessageLinks links, Informing informing, SchoolTime time, MessageSettings settings, Moderation moderation,
			MessageFiles files, PersonalMessages personal, Recipients recipients) {
		this.personal = personal;
		this.recipients = recipients;
		this.moderation = moderation;
		this.files = files;
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

	List<MessageFiles.File> filesOf(UUID messageId) {
		return files.of(List.of(messageId)).getOrDefault(messageId, List.of());
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

	/** The files the author uploaded to the thread, sent with the message; at most the configured number. */
	List<UUID> attachments(@Nullable List<UUID> ids) {
		List<UUID> distinct = ids == null ? List.of() : ids.stream().distinct().toList();
		if (distinct.size() > settings.attachments().perMessage()) {
			throw Refusal.invalid("messages.attachment.too-many", settings.attachments().perMessage());
		}
		return distinct;
	}

	Threads.Posted post(Threads.Thread thread, UUID author, boolean fromStaff, String text, List<UUID> attachments) {
		return post(thread, author, fromStaff, text, attachments, null);
	}

	/** @param classMessageId the message to a whole class group this is the student's copy of, or null */
	Threads.Posted post(Threads.Thread thread, UUID author, boolean fromStaff, String text, List<UUID> attachments,
			@Nullable UUID classMessageId) {
		Instant now = time.now();
		UUID id = UUID.randomUUID();
		long seq = threads.post(id, thread.id(), author, fromStaff, text, now, classMessageId);
		if (files.send(attachments, thread.id(), author, id) != attachments.size()) {
			// the transaction rolls back: no message goes without the files it named
			throw Refusal.againstRule("messages.attachment.unknown");
		}
		// the writer has read what they wrote
		threads.markRead(thread.id(), author, now);
		String preview = text.length() > 300 ? text.substring(0, 300) + "…" : text;
		if (fromStaff) {
			String from = links.staffName(author, thread.schoolId()).orElse("Школа");
			informing.inform(new Fact(id, id, thread.studentId(), thread.schoolId(), "messages", "message",
					Map.of("from", from, "topic", thread.topic(), "preview", preview), now, false));
		}
		else {
			String student = recipients.student(thread.studentId()).map(Recipients.Student::firstName).orElse("");
			personal.tellStaff(id, thread.staffId(), thread.schoolId(), "message-from-family",
					Map.of("studentName", student, "topic", thread.topic(), "preview", preview), now,
					new QuietHours(settings.staffQuietFrom(), settings.staffQuietTo()));
		}
		return new Threads.Posted(seq, id, thread.id(), author, fromStaff, text, now, null);
	}
}
