package org.ejd.identity.codes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class CodeHashTest {

	private final SecureRandom random = new SecureRandom();

	@Test
	void theRightSecretMatchesAndAWrongOneDoesNot() {
		String stored = CodeHash.of("4TZR8HWA3NDE", 10_000, random);
		assertThat(stored).startsWith("pbkdf2-sha256$10000$").doesNotContain("4TZR8HWA3NDE");
		assertThat(CodeHash.matches("4TZR8HWA3NDE", stored)).isTrue();
		assertThat(CodeHash.matches("4TZR8HWA3NDF", stored)).isFalse();
	}

	@Test
	void theSameSecretIsSaltedDifferentlyEachTime() {
		assertThat(CodeHash.of("4TZR8HWA3NDE", 10_000, random)).isNotEqualTo(CodeHash.of("4TZR8HWA3NDE", 10_000, random));
	}

	@Test
	void aStoredHashKeepsItsOwnIterationCount() {
		String older = CodeHash.of("4TZR8HWA3NDE", 12_000, random);
		assertThat(CodeHash.matches("4TZR8HWA3NDE", older)).isTrue();
	}

	@Test
	void somethingElseIsNotAHash() {
		assertThatThrownBy(() -> CodeHash.matches("x", "plain")).isInstanceOf(IllegalArgumentException.class);
	}
}
