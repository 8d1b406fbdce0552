package org.ejd.diary.changes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Webhook-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the
 * subscription's secret>}. The time is inside what is signed, so a receiver that refuses a {@code t} older than five
 * minutes (the documented replay window) cannot be fed an old delivery again; each attempt is signed anew.
 */
final class WebhookSignature {

	private WebhookSignature() {
	}

	static String header(String secret, long epochSeconds, String body) {
		return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
	}

	static String hmac(String secret, String signed) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}
}
