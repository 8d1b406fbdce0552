package org.ejd.platform.upload;

import java.util.List;

import org.apache.tika.Tika;
import org.ejd.platform.refusal.Refusal;
import org.springframework.util.unit.DataSize;

/**
 * What a file a person uploads must be, for homework, absence notes and message attachments alike: not empty, not over
 * the size, of an allowed type, and of that type by its content, not only by its name. Plain Java: each service makes one
 * from its own settings, and its refusals carry the service's codes ({@code <codes>.empty}, {@code .too-large},
 * {@code .type}, {@code .type-mismatch}) with its own texts.
 *
 * @param maxSize the largest file taken
 * @param allowedTypes media types taken (documents and pictures, no programs)
 * @param codes the prefix of the refusals' message keys, e.g. {@code journal.attachment}
 */
public record UploadRule(DataSize maxSize, List<String> allowedTypes, String codes) {

	/** Documents and pictures a school exchanges: PDF, PNG, JPEG, plain text, DOCX, ODT. */
	public static final List<String> DOCUMENTS_AND_PICTURES = List.of("application/pdf", "image/png", "image/jpeg", "text/plain",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.oasis.opendocument.text");

	private static volatile boolean detectionLoaded;

	public UploadRule {
		allowedTypes = List.copyOf(allowedTypes);
	}

	/** Refuses the file (400 empty, 413 too large, 415 a type not taken or not what it claims) or lets it pass. */
	public void check(String fileName, String contentType, byte[] content) {
		if (content.length == 0) {
			throw Refusal.invalid(codes + ".empty");
		}
		if (content.length > maxSize.toBytes()) {
			throw Refusal.tooLarge(codes + ".too-large", maxSize.toMegabytes());
		}
		if (!allowedTypes.contains(contentType)) {
			throw Refusal.unsupportedContent(codes + ".type", contentType);
		}
		String detected = Detection.CONTENT.detect(content, fileName);
		if (!sameType(detected, contentType)) {
			// a program renamed "homework.pdf.exe" and declared a PDF is still a program
			throw Refusal.unsupportedContent(codes + ".type-mismatch", contentType, detected);
		}
	}

	/**
	 * Loads the content detection (Tika reads its table of types, a third of a second on a cold JVM), if not loaded yet.
	 * {@link UploadAutoConfiguration} calls it after the service is ready; a check before that loads it itself.
	 */
	public static void prepare() {
		java.util.Objects.requireNonNull(Detection.CONTENT);
	}

	/** Whether the content detection is loaded. */
	static boolean prepared() {
		return detectionLoaded;
	}

	/** The largest file taken, so that the web layer reads no more of an upload than that. */
	public long maxBytes() {
		return maxSize.toBytes();
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

	/** Tika, loaded on first use rather than with the rule: a service makes its rules while it starts. */
	private static final class Detection {

		static final Tika CONTENT = new Tika();

		static {
			detectionLoaded = true;
		}
	}
}
