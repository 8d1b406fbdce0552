package org.ejd.journal.lessons;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Homework attachments ({@code ejd.journal.attachments.*}).
 *
 * @param maxSize the largest file a teacher may attach
 * @param allowedTypes media types accepted (documents and pictures, no executables)
 * @param linkSecret key of the signed download links the diary shows: from the environment
 *        ({@code EJD_JOURNAL_ATTACHMENTS_LINK_SECRET}), at least 32 characters, no default
 * @param linkValidity how long a download link works
 */
@ConfigurationProperties("ejd.journal.attachments")
@Validated
public record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize,
		@DefaultValue({ "application/pdf", "image/png", "image/jpeg", "text/plain",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.oasis.opendocument.text" }) List<String> allowedTypes,
		@NotBlank(message = "set EJD_JOURNAL_ATTACHMENTS_LINK_SECRET: the key of attachment links has no default")
		@Size(min = 32, message = "EJD_JOURNAL_ATTACHMENTS_LINK_SECRET must have at least 32 characters") String linkSecret,
		@DefaultValue("60d") Duration linkValidity) {
}
