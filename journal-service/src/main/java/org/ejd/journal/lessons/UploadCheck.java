package org.ejd.journal.lessons;

import org.apache.tika.Tika;
import org.ejd.platform.refusal.Refusal;
import org.springframework.stereotype.Component;

/**
 * What a file a person uploads to the journal must be, for homework and for absence notes alike: not empty, not over
 * {@code ejd.journal.attachments.max-size}, of an allowed type, and of that type by its content, not only by its name.
 */
@Component
public class UploadCheck {

	private static final Tika CONTENT = new Tika();

	private final AttachmentProperties properties;

	UploadCheck(AttachmentProperties properties) {
		this.properties = properties;
	}

	/** Refuses the file (400 empty, 413 too large, 415 a type not taken or not what it claims) or lets it pass. */
	public void check(String fileName, String contentType, byte[] content) {
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
	}

	/** The largest file taken, so that the web layer reads no more of an upload than that. */
	public long maxBytes() {
		return properties.maxSize().toBytes();
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
}
