package org.ejd.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TemporaryPasswordsTest {

	@Test
	void aTemporaryPasswordIsThreeGroupsWithoutLookAlikesAndMeetsTheRealmsPasswordPolicy() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String password = TemporaryPasswords.next();
			assertThat(password).matches("[a-hjkmnp-zA-HJKMNP-Z2-9]{4}-[a-hjkmnp-zA-HJKMNP-Z2-9]{4}-[a-hjkmnp-zA-HJKMNP-Z2-9]{4}");
			assertThat(password).doesNotContain("0", "1", "o", "l", "i", "O", "I", "L");
			// infra/keycloak/ejd-realm.json: length(12), upperCase(1), lowerCase(1), digits(1), specialChars(1)
			assertThat(password.length()).isBetween(12, 128);
			assertThat(password).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]").contains("-");
			seen.add(password);
		}
		assertThat(seen).as("60 random bits do not repeat in a thousand").hasSize(1000);
	}
}
