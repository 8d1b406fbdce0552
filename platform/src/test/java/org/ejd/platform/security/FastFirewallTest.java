package org.ejd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class FastFirewallTest {

	// the strict firewall's own expressions (spring-security-web StrictHttpFirewall)
	private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void decidesEveryStringAsTheStrictFirewallsExpressionsDo() {
		Random random = new Random(13);
		int[] interesting = { '\t', '\n', '\r', 0, 0x7f, 0x85, 0x9f, 0xa0, 'Ж', 0x378, 0xfffe, 0x1f600, 0xe0000, 0x10ffff };
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(6);
			for (int i = 0; i < length; i++) {
				int c = random.nextInt(4) == 0 ? interesting[random.nextInt(interesting.length)]
						: random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : random.nextInt(0x110000);
				if (c >= 0xd800 && c <= 0xdfff) {
					c = 'a';
				}
				text.appendCodePoint(c);
			}
			String s = text.toString();
			assertThat(FastFirewall.allowed(s, false)).as("name %s", s.codePoints().boxed().toList()).isEqualTo(NAMES.matcher(s).matches());
			assertThat(FastFirewall.allowed(s, true)).as("value %s", s.codePoints().boxed().toList()).isEqualTo(VALUES.matcher(s).matches());
		}
	}

	@Test
	void refusesAHeaderValueWithALineBreakAndKeepsABearerToken() {
		assertThat(FastFirewall.allowed("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", true)).isTrue();
		assertThat(FastFirewall.allowed("evil\r\nSet-Cookie: x", true)).isFalse();
		assertThat(FastFirewall.allowed("Иванова\tМария", true)).isTrue();
		assertThat(FastFirewall.allowed("tab\tin-name", false)).isFalse();
	}
}
