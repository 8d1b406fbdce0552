package org.ejd.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

	@Test
	void aTemporaryPasswordIsThreeGroupsWithoutLookAlikesAndMeetsThePasswordPolicy() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String password = TemporaryPasswords.next();
			assertThat(password).matches("[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}");
			assertThat(password).doesNotContain("0", "1", "o", "l", "i");
			assertThat(password.length()).isBetween(8, 128);
			seen.add(password);
		}
		assertThat(seen).as("60 random bits do not repeat in a thousand").hasSize(1000);
	}
}
