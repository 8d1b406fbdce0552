package org.ejd.diary.marks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.ObjectMapper;

/**
 * ETags for the reads front-ends poll (marks by subject, forecast, trend): a hash of the JSON they
 * answer, so {@code If-None-Match} with it gets 304 and the same content gets the same tag on every replica.
 */
@Component
public class ContentTags {

	/** The text of the {@code If-None-Match} header each read answered here declares in its document. */
	public static final String IF_NONE_MATCH = "ETag прошлого ответа: не изменилось — 304 без тела / the ETag of an earlier answer: "
			+ "304 without a body when unchanged";

	private final ObjectMapper json;

	ContentTags(ObjectMapper json) {
		this.json = json;
	}

	/** The body with its ETag, or 304 when the caller already holds it. */
	public <T> ResponseEntity<T> answer(WebRequest request, T body) {
		String etag = "\"" + sha256(json.writeValueAsBytes(body)) + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(body);
	}

	/** An answer already made (a page with its {@code Link}) with the ETag of its body added, or 304 with its headers. */
	public <T> ResponseEntity<T> answer(WebRequest request, ResponseEntity<T> answer) {
		String etag = "\"" + sha256(json.writeValueAsBytes(answer.getBody())) + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).headers(answer.getHeaders()).eTag(etag).build();
		}
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).eTag(etag).body(answer.getBody());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
