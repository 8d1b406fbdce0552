package org.ejd.journal.lessons;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Homework attachments ({@code ejd.journal.attachments.*}).
 *
 * @param maxSize the largest file a teacher may attach
 * @param allowedTypes media types accepted (documents and pictures, no executables)
 * @param linkSecret key of the signed download links the diary shows; from the environment in production
 * @param linkValidity how long a download link works
 */
@ConfigurationProperties("ejd.journal.attachments")
public record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize,
		@DefaultValue({ "application/pdf", "image/png", "image/jpeg", "text/plain",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.oasis.opendocument.text" }) List<String> allowedTypes,
		String linkSecret, @DefaultValue("60d") Duration linkValidity) {
}
