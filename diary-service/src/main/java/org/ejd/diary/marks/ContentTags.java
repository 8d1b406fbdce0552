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

	private static final MessageDigest SHA_256 = sha256();

	private final ObjectMapper json;

	ContentTags(ObjectMapper json) {
		this.json = json;
	}

	/** The body with its ETag, or 304 when the caller already holds it. */
	public <T> ResponseEntity<T> answer(WebRequest request, T body) {
		String etag = tag(json.writeValueAsBytes(body));
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(body);
	}

	/** An answer already made (a page with its {@code Link}) with the ETag of its body added, or 304 with its headers. */
	public <T> ResponseEntity<T> answer(WebRequest request, ResponseEntity<T> answer) {
		String etag = tag(json.writeValueAsBytes(answer.getBody()));
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).headers(answer.getHeaders()).eTag(etag).build();
		}
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).eTag(etag).body(answer.getBody());
	}

	/**
	 * The ETag of these bytes, quoted: the first 128 bits of their SHA-256 in hex. The digest is cloned from one made at
	 * start rather than looked up among the security providers for every answer (issue 13: 1.5 % of a week view's CPU).
	 */
	public static String tag(byte[] bytes) {
		try {
			MessageDigest digest = (MessageDigest) SHA_256.clone();
			return "\"" + HexFormat.of().formatHex(digest.digest(bytes), 0, 16) + "\"";
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
