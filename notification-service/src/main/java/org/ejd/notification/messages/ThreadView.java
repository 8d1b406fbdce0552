package org.ejd.notification.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A thread as a participant lists it: about whom, with whom, the topic, what they have not read, and (opened) its messages. */
public record ThreadView(UUID id, UUID schoolId, UUID studentId, UUID staffId, String topic, Instant lastMessageAt, long unread,
		List<MessageView> messages) {

	static ThreadView of(Threads.Thread t, long unread, List<MessageView> messages) {
		return new ThreadView(t.id(), t.schoolId(), t.studentId(), t.staffId(), t.topic(), t.lastMessageAt(), unread, messages);
	}

	static ThreadView of(Threads.Listed t) {
		return new ThreadView(t.id(), t.schoolId(), t.studentId(), t.staffId(), t.topic(), t.lastMessageAt(), t.unread(), List.of());
	}
}
