package org.ejd.journal.lessons;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attachment metadata and signed download links: homework material is not personal data, so the
 * diary can show a link that works for its validity without asking the journal who the reader is.
 */
@Component
class Attachments {

	private final JdbcClient jdbc;

	private final AttachmentProperties properties;

	Attachments(JdbcClient jdbc, AttachmentProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	void insert(UUID id, UUID lessonId, String fileName, String contentType, long size, UUID uploadedBy) {
		jdbc.sql("""
				insert into lesson_attachment (id, lesson_id, file_name, content_type, size_bytes, uploaded_by)
				values (?, ?, ?, ?, ?, ?)""").params(id, lessonId, fileName, contentType, size, uploadedBy).update();
	}

	List<Meta> of(UUID lessonId) {
		return jdbc.sql("select id, file_name, content_type, size_bytes from lesson_attachment where lesson_id = ? order by uploaded_at")
			.param(lessonId).query(Meta.class).list();
	}

	Optional<Meta> find(UUID id) {
		return jdbc.sql("select id, file_name, content_type, size_bytes from lesson_attachment where id = ?").param(id)
			.query(Meta.class).optional();
	}

	/** A download path valid until {@code expires}: {@code /api/journal/attachments/{id}?expires=..&signature=..}. */
	String link(UUID id, Instant now) {
		long expires = now.plus(properties.linkValidity()).getEpochSecond();
		return "/api/journal/attachments/" + id + "?expires=" + expires + "&signature=" + sign(id, expires);
	}

	boolean valid(UUID id, long expires, String signature, Instant now) {
		return now.getEpochSecond() <= expires && MessageDigest.isEqual(sign(id, expires).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String sign(UUID id, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(properties.linkSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((id + "|" + expires).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Meta(UUID id, String fileName, String contentType, long sizeBytes) {
	}
}
