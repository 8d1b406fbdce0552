package org.ejd.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaLimitsTest {

	@Test
	void aPatternOfListedWordsIsAsLongAsItsLongestWord() {
		assertThat(SchemaLimits.longestMatch("given|refused|withdrawn")).isEqualTo(9);
		assertThat(SchemaLimits.longestMatch("^(parent|guardian|custodian)$")).isEqualTo(9);
		assertThat(SchemaLimits.longestMatch("teacher|class-teacher")).isEqualTo(13);
		assertThat(SchemaLimits.longestMatch("(?i)quarter|trimester|half-year|year")).isEqualTo(9);
	}

	@Test
	void aRepeatedCharacterClassIsAsLongAsItsUpperBound() {
		assertThat(SchemaLimits.longestMatch("[a-z0-9._-]{3,64}")).isEqualTo(64);
		assertThat(SchemaLimits.longestMatch("^\\d{6}$")).isEqualTo(6);
		assertThat(SchemaLimits.longestMatch("[A-Za-z0-9._-]{1,32}")).isEqualTo(32);
		assertThat(SchemaLimits.longestMatch("\\d{4}/\\d{4}")).isEqualTo(9);
		assertThat(SchemaLimits.longestMatch("[0-2]?\\d:[0-5]\\d")).isEqualTo(5);
	}

	@Test
	void anyOtherPatternSaysNothingAboutLength() {
		assertThat(SchemaLimits.longestMatch("[a-z]+")).isNull();
		assertThat(SchemaLimits.longestMatch("[a-z]{2}|[0-9]+")).isNull();
		assertThat(SchemaLimits.longestMatch("\\d{3,}")).isNull();
		assertThat(SchemaLimits.longestMatch("(a|b)c(d)")).isNull();
		assertThat(SchemaLimits.longestMatch("(\\w)\\1")).isNull();
	}
}
