package org.ejd.notification.messages;

import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file of a message downloaded by the thread's participants only (its member of staff, the student's family); a file not
 * sent yet by its uploader only. 404 for everyone else: a refusal never tells whether a file exists.
 */
@Service
public class DownloadingFile {

	private final ThreadAccess access;

	private final Threads threads;

	private final MessageFiles files;

	DownloadingFile(ThreadAccess access, Threads threads, MessageFiles files) {
		this.access = access;
		this.threads = threads;
		this.files = files;
	}

	public record Download(String fileName, String contentType, byte[] content) {
	}

	@Transactional(readOnly = true)
	public Download download(Caller caller, UUID attachmentId) {
		MessageFiles.File file = files.find(attachmentId).orElseThrow(() -> Refusal.unknown("messages.attachment.not-found"));
		Threads.Thread thread = threads.find(file.threadId()).orElseThrow(() -> Refusal.unknown("messages.attachment.not-found"));
		boolean mayRead = file.messageId() == null ? caller.personId() != null && caller.is(file.uploadedBy())
				: access.takesPart(caller, thread);
		if (!mayRead) {
			throw Refusal.unknown("messages.attachment.not-found");
		}
		byte[] content = files.content(attachmentId).orElseThrow(() -> Refusal.unknown("messages.attachment.not-found"));
		return new Download(file.fileName(), file.contentType(), content);
	}
}
