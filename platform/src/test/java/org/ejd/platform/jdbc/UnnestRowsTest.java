package org.ejd.platform.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnnestRowsTest {

	record Row(String key, long version, BigDecimal weight) {
	}

	@Test
	void eachKeyKeepsItsHighestVersionInTheOrderTheKeysFirstCame() {
		List<Row> rows = List.of(new Row("b", 1, BigDecimal.ONE), new Row("a", 3, BigDecimal.ONE), new Row("b", 4, BigDecimal.TEN),
				new Row("a", 2, BigDecimal.TEN), new Row("b", 4, BigDecimal.ZERO));

		assertThat(UnnestRows.highestVersionOfEach(rows, Row::key, Row::version))
			.containsExactly(new Row("b", 4, BigDecimal.TEN), new Row("a", 3, BigDecimal.ONE));
	}

	@Test
	void aColumnIsTextInTheRowsOrderWithNullsKeptAndDecimalsWithoutExponent() {
		List<Row> rows = List.of(new Row("a", 1, new BigDecimal("1E+1")), new Row("b", 2, null));

		assertThat(UnnestRows.column(rows, Row::weight)).containsExactly("10", null);
		assertThat(UnnestRows.column(rows, Row::version)).containsExactly("1", "2");
	}
}
