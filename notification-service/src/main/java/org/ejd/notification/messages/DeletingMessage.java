package org.ejd.notification.messages;

import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The author deletes their message: it stays in the thread as a marker without its text and files; nothing is edited
 * silently.
 */
@Service
public class DeletingMessage {

	private final Threads threads;

	private final ThreadAccess access;

	private final SchoolTime time;

	private final MessageFiles files;

	DeletingMessage(Threads threads, ThreadAccess access, SchoolTime time, MessageFiles files) {
		this.files = files;
		this.threads = threads;
		this.access = access;
		this.time = time;
	}

	@Transactional
	public void delete(Caller caller, UUID messageId) {
		Threads.Posted message = threads.message(messageId).orElseThrow(() -> Refusal.unknown("messages.message.not-found"));
		access.participant(caller, message.threadId());
		if (!caller.is(message.authorId())) {
			throw Refusal.notAllowed("messages.author-only");
		}
		if (message.deletedAt() == null) {
			threads.delete(messageId, time.now());
			files.deleteOf(messageId);
		}
	}
}
