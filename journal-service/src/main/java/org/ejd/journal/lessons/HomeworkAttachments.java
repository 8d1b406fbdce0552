package org.ejd.journal.lessons;

import java.util.Optional;
import java.util.UUID;

import org.apache.tika.Tika;
import org.ejd.platform.refusal.Refusal;
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

	private static final Tika CONTENT = new Tika();

	private final LessonAccess access;

	private final Attachments attachments;

	private final AttachmentStore store;

	private final AttachmentProperties properties;

	private final LessonAnnouncements announcements;

	private final SchoolTime time;

	HomeworkAttachments(LessonAccess access, Attachments attachments, AttachmentStore store, AttachmentProperties properties,
			LessonAnnouncements announcements, SchoolTime time) {
		this.access = access;
		this.attachments = attachments;
		this.store = store;
		this.properties = properties;
		this.announcements = announcements;
		this.time = time;
	}

	/** Attaches a homework file to the teacher's lesson and announces the lesson with its links. */
	@Transactional
	public UUID attach(Caller caller, UUID lessonId, String fileName, String contentType, byte[] content) {
		Lesson lesson = access.taught(caller, lessonId);
		if (content.length == 0) {
			throw Refusal.invalid("journal.attachment.empty");
		}
		if (content.length > properties.maxSize().toBytes()) {
			throw Refusal.tooLarge("journal.attachment.too-large", properties.maxSize().toMegabytes());
		}
		if (!properties.allowedTypes().contains(contentType)) {
			throw Refusal.unsupportedContent("journal.attachment.type", contentType);
		}
		String detected = CONTENT.detect(content, fileName);
		if (!sameType(detected, contentType)) {
			// a program renamed "homework.pdf.exe" and declared a PDF is still a program
			throw Refusal.unsupportedContent("journal.attachment.type-mismatch", contentType, detected);
		}
		UUID id = UUID.randomUUID();
		attachments.insert(id, lesson.id(), fileName, contentType, content.length, caller.person());
		store.put(id, content);
		announcements.announce(lesson);
		return id;
	}

	/**
	 * Whether the bytes are of the declared type. Text has no magic number, so a declared
	 * {@code text/plain} takes whatever Tika reads as text; Office documents are zip files, so a
	 * declared OOXML/ODF document takes what Tika reads as that document or as a zip.
	 */
	static boolean sameType(String detected, String declared) {
		if (detected.equals(declared)) {
			return true;
		}
		if (declared.equals("text/plain")) {
			return detected.startsWith("text/");
		}
		if (declared.startsWith("application/vnd.openxmlformats") || declared.startsWith("application/vnd.oasis")) {
			return detected.equals("application/zip") || detected.equals("application/x-tika-ooxml")
					|| detected.startsWith("application/vnd.");
		}
		return false;
	}

	/** The largest file taken, so that the web layer reads no more of an upload than that. */
	public long maxBytes() {
		return properties.maxSize().toBytes();
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
