package org.ejd.notification.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher of a class group, its class teacher or the school's administration writes to all families of the class group
 * (D10): each student's family gets its own thread with the message, and answers there privately. Anyone else: 404. A
 * thread is between staff and a family, so a student under 14 still talks only with staff. Counts once in the sender's
 * rate limit.
 */
@Service
public class WritingToClass {

	private final Threads threads;

	private final MessageLinks links;

	private final Posting posting;

	private final SchoolTime time;

	WritingToClass(Threads threads, MessageLinks links, Posting posting, SchoolTime time) {
		this.threads = threads;
		this.links = links;
		this.posting = posting;
		this.time = time;
	}

	public record ClassMessage(@Nullable @Size(max = StartingThread.MAX_TOPIC) String topic, @Nullable @Size(max = 4000) String text) {
	}

	/** @param threadIds one thread per student of the class group on the school's today */
	public record Sent(UUID classGroupId, UUID classMessageId, int families, List<UUID> threadIds) {
	}

	@Transactional
	public Sent write(Caller caller, UUID classGroupId, ClassMessage message) {
		if (caller.personId() == null) {
			throw Refusal.unknown("messages.class-group.not-found");
		}
		UUID school = links.schoolOfClassGroup(classGroupId).orElseThrow(() -> Refusal.unknown("messages.class-group.not-found"));
		LocalDate today = time.today(school);
		if (!links.linkedToClass(caller.person(), classGroupId, school, today)) {
			throw Refusal.unknown("messages.class-group.not-found");
		}
		String topic = message.topic() == null ? "" : message.topic().strip();
		if (topic.isEmpty() || topic.length() > StartingThread.MAX_TOPIC) {
			throw Refusal.invalid("messages.topic", StartingThread.MAX_TOPIC);
		}
		String text = posting.text(message.text());
		posting.notBlocked(caller.person(), school);
		posting.withinRate(caller.person());
		List<UUID> students = links.studentsOf(classGroupId, today);
		if (students.isEmpty()) {
			throw Refusal.againstRule("messages.class-group.empty");
		}
		UUID classMessage = UUID.randomUUID();
		Instant now = time.now();
		List<UUID> ids = new ArrayList<>();
		for (UUID student : students) {
			Threads.Thread thread = new Threads.Thread(UUID.randomUUID(), school, student, caller.person(), topic, caller.person(), now, now);
			threads.insertForClass(thread, classGroupId);
			posting.post(thread, caller.person(), true, text, List.of(), classMessage);
			ids.add(thread.id());
		}
		return new Sent(classGroupId, classMessage, ids.size(), ids);
	}
}
