package org.ejd.notification.messages;

import java.util.List;

import org.ejd.platform.upload.UploadRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Personal messages ({@code ejd.notification.messages.*}).
 *
 * @param perMinute how many messages one person may send in a minute (new threads included)
 * @param maxLength the longest message, in characters
 * @param attachments files sent with messages: the homework rule (platform {@link UploadRule}) with these limits
 * @param staffQuietFrom when the staff's quiet hours begin, in the school's zone: a family's message emailed or texted to a
 *        member of staff then waits until {@code staffQuietTo} (their feed has it at once)
 * @param staffQuietTo when they end
 */
@ConfigurationProperties("ejd.notification.messages")
record MessageSettings(@DefaultValue("10") int perMinute, @DefaultValue("4000") int maxLength, @DefaultValue Attachments attachments,
		@DefaultValue("21:00") java.time.LocalTime staffQuietFrom, @DefaultValue("08:00") java.time.LocalTime staffQuietTo) {

	/**
	 * @param maxSize the largest file, as for homework
	 * @param allowedTypes documents and pictures, no programs, as for homework
	 * @param perMessage how many files one message carries
	 */
	record Attachments(@DefaultValue("10MB") DataSize maxSize,
			@DefaultValue({ "application/pdf", "image/png", "image/jpeg", "text/plain",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					"application/vnd.oasis.opendocument.text" }) List<String> allowedTypes,
			@DefaultValue("5") int perMessage) {

		UploadRule rule() {
			return new UploadRule(maxSize, allowedTypes, "messages.attachment");
		}
	}
}
