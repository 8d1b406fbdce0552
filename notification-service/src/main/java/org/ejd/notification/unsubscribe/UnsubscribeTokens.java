package org.ejd.notification.unsubscribe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Tokens of the List-Unsubscribe links: the message id and an HMAC-SHA256 of it (128 bits kept), both
 * base64url. Nobody without the key can make one for another message; a message id alone is not enough.
 */
@Component
public class UnsubscribeTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;

	/** The longest token a link carries (a message id and a MAC, base64url: 45 characters); a longer one is refused. */
	public static final int MAX_LENGTH = 100;

	UnsubscribeTokens(UnsubscribeProperties properties) {
		this.key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	public String of(UUID messageId) {
		byte[] id = bytes(messageId);
		return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(id));
	}

	/** The message a token names, empty when it is malformed or not signed with our key. */
	public Optional<UUID> messageOf(String token) {
		int dot = token.indexOf('.');
		if (dot < 0 || token.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		try {
			byte[] id = DECODER.decode(token.substring(0, dot));
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (id.length != 16 || !MessageDigest.isEqual(signature, mac(id))) {
				return Optional.empty();
			}
			ByteBuffer buffer = ByteBuffer.wrap(id);
			return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(byte[] id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return Arrays.copyOf(mac.doFinal(id), 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	private static byte[] bytes(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
	}
}
