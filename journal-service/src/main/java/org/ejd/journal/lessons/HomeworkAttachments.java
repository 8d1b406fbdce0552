package org.ejd.journal.lessons;

import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Homework files: the lesson's teacher attaches documents and pictures (no programs, nothing
 * oversized), and anyone with the signed link the diary shows downloads them while it is valid.
 */
@Service
class HomeworkAttachments {

	private final LessonAccess access;

	private final Attachments attachments;

	private final AttachmentStore store;

	private final UploadCheck upload;

	private final LessonAnnouncements announcements;

	private final SchoolTime time;

	HomeworkAttachments(LessonAccess access, Attachments attachments, AttachmentStore store, UploadCheck upload,
			LessonAnnouncements announcements, SchoolTime time) {
		this.access = access;
		this.attachments = attachments;
		this.store = store;
		this.upload = upload;
		this.announcements = announcements;
		this.time = time;
	}

	/** Attaches a homework file to the teacher's lesson and announces the lesson with its links. */
	@Transactional
	public UUID attach(Caller caller, UUID lessonId, String fileName, String contentType, byte[] content) {
		Lesson lesson = access.taught(caller, lessonId);
		upload.check(fileName, contentType, content);
		UUID id = UUID.randomUUID();
		attachments.insert(id, lesson.id(), fileName, contentType, content.length, caller.person());
		store.put(id, content);
		announcements.announce(lesson);
		return id;
	}

	/** The largest file taken, so that the web layer reads no more of an upload than that. */
	public long maxBytes() {
		return upload.maxBytes();
	}

	/** A file by its signed link; empty when the link is forged, expired or the file unknown. */
	@Transactional(readOnly = true)
	public Optional<Download> download(UUID attachmentId, long expires, String signature) {
		if (!attachments.valid(attachmentId, expires, signature, time.now())) {
			return Optional.empty();
		}
		return attachments.find(attachmentId)
			.flatMap(meta -> store.get(attachmentId).map(bytes -> new Download(meta.fileName(), meta.contentType(), bytes)));
	}

	public record Download(String fileName, String contentType, byte[] content) {
	}
}
