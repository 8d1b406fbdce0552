package org.ejd.identity.codes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CodeTextTest {

	private final SecureRandom random = new SecureRandom();

	@Test
	void aCodeIsPrintedInFiveGroupsOfFourAndReadBackAsTyped() {
		CodeText code = CodeText.generate(random);
		assertThat(code.formatted()).matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}");
		assertThat(CodeText.parse(code.formatted())).contains(code);
		assertThat(CodeText.parse(" " + code.formatted().toLowerCase().replace("-", " ") + " ")).contains(code);
	}

	@Test
	void lettersThatLookLikeDigitsAreReadAsDigits() {
		assertThat(CodeText.parse("O1LI-ABCD-EFGH-JKMN-PQRS")).contains(new CodeText("0111ABCD", "EFGHJKMNPQRS"));
	}

	@Test
	void whatCannotBeACodeIsRefused() {
		assertThat(CodeText.parse("")).isEmpty();
		assertThat(CodeText.parse("7KQ2-MX9P-4TZR-8HWA")).isEmpty();
		assertThat(CodeText.parse("7KQ2-MX9P-4TZR-8HWA-3NDU")).as("U is not in the alphabet").isEmpty();
		assertThat(CodeText.parse("7KQ2-MX9P-4TZR-8HWA-3NDE-1")).isEmpty();
	}

	@Test
	void theSecretNeverShowsInToString() {
		CodeText code = CodeText.generate(random);
		assertThat(code.toString()).doesNotContain(code.secret()).contains(code.handle());
	}

	@Test
	void handlesAreRandomEnoughNotToRepeatInPractice() {
		Set<String> handles = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			handles.add(CodeText.generate(random).handle());
		}
		assertThat(handles).hasSize(10_000);
	}
}
