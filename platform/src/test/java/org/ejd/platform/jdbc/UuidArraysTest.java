package org.ejd.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Ids as PostgreSQL reads {@code cast(:ids as uuid[])}: braces, commas, no quotes, and {@code {}} for none. */
class UuidArraysTest {

	@Test
	void idsBecomeOneArrayLiteralInTheirOrder() {
		UUID first = UUID.fromString("3f2c1a9e-0000-4000-8000-000000000001");
		UUID second = UUID.fromString("3f2c1a9e-0000-4000-8000-000000000002");

		assertThat(UuidArrays.literal(List.of(first, second)))
			.isEqualTo("{3f2c1a9e-0000-4000-8000-000000000001,3f2c1a9e-0000-4000-8000-000000000002}");
	}

	@Test
	void noIdsAreAnEmptyArrayNotNull() {
		assertThat(UuidArrays.literal(List.of())).isEqualTo("{}");
	}
}
