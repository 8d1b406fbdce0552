package org.ejd.journal.lessons;

import org.ejd.platform.upload.UploadRule;
import org.springframework.stereotype.Component;

/**
 * What a file a person uploads to the journal must be, for homework and for absence notes alike: platform's
 * {@link UploadRule} (shared with message attachments) with {@code ejd.journal.attachments.*} and the journal's codes.
 */
@Component
public class UploadCheck {

	private final UploadRule rule;

	UploadCheck(AttachmentProperties properties) {
		this.rule = new UploadRule(properties.maxSize(), properties.allowedTypes(), "journal.attachment");
	}

	/** Refuses the file (400 empty, 413 too large, 415 a type not taken or not what it claims) or lets it pass. */
	public void check(String fileName, String contentType, byte[] content) {
		rule.check(fileName, contentType, content);
	}

	/** The largest file taken, so that the web layer reads no more of an upload than that. */
	public long maxBytes() {
		return rule.maxBytes();
	}
}
