package org.ejd.notification.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message as its thread shows it: a deleted one stays as a marker ({@code deleted}, no text), never silently gone.
 *
 * @param read whether the other side has read it (a read receipt)
 * @param attachments the files sent with it (gone with a deleted message)
 */
public record MessageView(UUID id, UUID threadId, UUID authorId, boolean fromStaff, @Nullable String text, Instant sentAt,
		boolean deleted, @Nullable Instant deletedAt, boolean read, List<AttachmentView> attachments) {

	static MessageView of(Threads.Posted m, long staffRead, long familyRead, List<MessageFiles.File> files) {
		return new MessageView(m.id(), m.threadId(), m.authorId(), m.fromStaff(), m.text(), m.sentAt(), m.deletedAt() != null,
				m.deletedAt(), m.seq() <= (m.fromStaff() ? familyRead : staffRead), files.stream().map(AttachmentView::of).toList());
	}
}
