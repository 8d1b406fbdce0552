package org.ejd.identity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SnilsTest {

	@Test
	void acceptsANumberWhoseLastTwoDigitsAreItsChecksum() {
		assertThat(Snils.parse("112-233-445 95").digits()).isEqualTo("11223344595");
	}

	@Test
	void checksumOf100Or101IsZero() {
		// 9*1+8*0+7*0+6*0+5*7+4*9+3*1+2*9+1*0 = 101 -> 00
		assertThat(Snils.isValid("10007919000")).isTrue();
	}

	@Test
	void checksumOver101IsTheRemainderBy101() {
		// 9*9+8*9+7*9+6*9+5*9+4*9+3*9+2*9+1*9 = 405; 405 % 101 = 1 -> 01
		assertThat(Snils.isValid("99999999901")).isTrue();
	}

	@Test
	void refusesAWrongChecksumOrLength() {
		assertThat(Snils.isValid("11223344596")).isFalse();
		assertThat(Snils.isValid("1122334459")).isFalse();
		assertThatThrownBy(() -> Snils.parse("abc")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void neverPrintsTheWholeNumber() {
		assertThat(Snils.parse("11223344595").toString()).doesNotContain("112233").contains("445");
	}
}
