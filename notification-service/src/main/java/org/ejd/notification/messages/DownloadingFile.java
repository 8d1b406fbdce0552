package org.ejd.notification.messages;

import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file of a message downloaded by the thread's participants (its member of staff, the student's family) and, once a
 * participant reported the thread, by its school's admin and deputy heads, as they read its messages (each such download
 * audited); a file not sent yet by its uploader only. 404 for everyone else: a refusal never tells whether a file exists.
 */
@Service
public class DownloadingFile {

	private final ThreadAccess access;

	private final Threads threads;

	private final MessageFiles files;

	private final Moderation moderation;

	private final SchoolTime time;

	DownloadingFile(ThreadAccess access, Threads threads, MessageFiles files, Moderation moderation, SchoolTime time) {
		this.access = access;
		this.threads = threads;
		this.files = files;
		this.moderation = moderation;
		this.time = time;
	}

	public record Download(String fileName, String contentType, byte[] content) {
	}

	@Transactional
	public Download download(Caller caller, UUID attachmentId) {
		MessageFiles.File file = files.find(attachmentId).orElseThrow(() -> Refusal.unknown("messages.attachment.not-found"));
		Threads.Thread thread = threads.find(file.threadId()).orElseThrow(() -> Refusal.unknown("messages.attachment.not-found"));
		boolean sent = file.messageId() != null;
		boolean mayRead = sent ? access.takesPart(caller, thread) : caller.personId() != null && caller.is(file.uploadedBy());
		if (!mayRead) {
			if (!sent || !ModeratingMessages.administers(caller, thread.schoolId()) || !moderation.reported(thread.id())) {
				throw Refusal.unknown("messages.attachment.not-found");
			}
			moderation.audit(thread.schoolId(), caller.person(), "read-reported-file", thread.id(), null, null, time.now());
		}
		byte[] content = files.content(attachmentId).orElseThrow(() -> Refusal.unknown("messages.attachment.not-found"));
		return new Download(file.fileName(), file.contentType(), content);
	}
}
