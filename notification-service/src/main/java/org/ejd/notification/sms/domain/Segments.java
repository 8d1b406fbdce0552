package org.ejd.notification.sms.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text as SMS segments. Plain ASCII goes in the 7-bit default alphabet (160 characters, 153 per
 * part when concatenated); anything else, Cyrillic included, in UCS-2 (data_coding 0x08): 70
 * characters, 67 per part, because the 6-byte UDH of a concatenated message takes 3 of them.
 * Operators bill per segment, so the count is the cost.
 */
public record Segments(boolean ucs2, List<String> parts) {

	public static final int UCS2_SINGLE = 70;

	public static final int UCS2_PART = 67;

	public static final int GSM_SINGLE = 160;

	public static final int GSM_PART = 153;

	public static Segments of(String text) {
		boolean ucs2 = !text.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n' || c == '\r');
		int single = ucs2 ? UCS2_SINGLE : GSM_SINGLE;
		int part = ucs2 ? UCS2_PART : GSM_PART;
		if (text.length() <= single) {
			return new Segments(ucs2, List.of(text));
		}
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = Math.min(text.length(), i + part);
			if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
				end--; // never split a surrogate pair between two parts
			}
			parts.add(text.substring(i, end));
			i = end;
		}
		return new Segments(ucs2, List.copyOf(parts));
	}

	public int count() {
		return parts.size();
	}

	public byte dataCoding() {
		return ucs2 ? (byte) 0x08 : (byte) 0x00;
	}

	/** The bytes of one part, with the concatenation UDH (IEI 0x00, 8-bit reference) when there are several. */
	public byte[] payload(int index, int reference) {
		byte[] body = ucs2 ? parts.get(index).getBytes(StandardCharsets.UTF_16BE) : parts.get(index).getBytes(StandardCharsets.US_ASCII);
		if (count() == 1) {
			return body;
		}
		byte[] udh = { 0x05, 0x00, 0x03, (byte) reference, (byte) count(), (byte) (index + 1) };
		byte[] all = new byte[udh.length + body.length];
		System.arraycopy(udh, 0, all, 0, udh.length);
		System.arraycopy(body, 0, all, udh.length, body.length);
		return all;
	}
}
