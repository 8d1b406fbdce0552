package org.ejd.notification.messages;

import java.util.UUID;

/** A file of a message as its thread shows it; {@code href} downloads it for the thread's participants. */
public record AttachmentView(UUID id, String fileName, String contentType, long size, String href) {

	static AttachmentView of(MessageFiles.File file) {
		return new AttachmentView(file.id(), file.fileName(), file.contentType(), file.sizeBytes(),
				"/api/notifications/attachments/" + file.id());
	}
}
