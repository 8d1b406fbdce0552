package org.ejd.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class UuidFormatTest {

	/** The validator's own {@code uuid} format (com.networknt.schema.format.Formats), which UuidFormat replaces. */
	private static final Pattern VALIDATORS = Pattern.compile("^\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}$");

	@Test
	void itAcceptsAndRefusesWhatTheValidatorsRegularExpressionDoes() {
		Random random = new Random(42);
		List<String> values = new ArrayList<>(List.of("", "-", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
				"ffffffff-ffff-ffff-ffff-ffffffffffff", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "g0000000-0000-0000-0000-000000000000",
				"00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000", "000000000000-0000-0000-00000000000-",
				"00000000-0000-0000-0000-000000000000\n", " 00000000-0000-0000-0000-000000000000", "０0000000-0000-0000-0000-000000000000",
				"00000000_0000_0000_0000_000000000000", "{00000000-0000-0000-0000-000000000000}"));
		String alphabet = "0123456789abcdefABCDEFgG-_ xZ٣";
		for (int i = 0; i < 5_000; i++) {
			char[] id = (random.nextBoolean() ? UUID.randomUUID().toString().toUpperCase(Locale.ROOT) : UUID.randomUUID().toString())
				.toCharArray();
			// one or two characters changed anywhere, or none
			for (int changes = random.nextInt(3); changes > 0; changes--) {
				id[random.nextInt(id.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
			}
			values.add(new String(id));
		}
		long accepted = 0;
		for (String value : values) {
			boolean expected = VALIDATORS.matcher(value).matches();
			assertThat(UuidFormat.isUuid(value)).as("'%s'", value).isEqualTo(expected);
			accepted += expected ? 1 : 0;
		}
		assertThat(accepted).as("both kinds were tried").isBetween(500L, values.size() - 500L);
	}
}
