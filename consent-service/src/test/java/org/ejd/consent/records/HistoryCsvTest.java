package org.ejd.consent.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryCsvTest {

	@Test
	void cellsWithSeparatorsOrQuotesAreQuoted() {
		assertThat(HistoryCsv.cell("согласие")).isEqualTo("согласие");
		assertThat(HistoryCsv.cell("на бумаге, зарегистрировано школой")).isEqualTo("\"на бумаге, зарегистрировано школой\"");
		assertThat(HistoryCsv.cell("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
	}

	@Test
	void aLeadingFormulaCharacterIsDefused() {
		assertThat(HistoryCsv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
		assertThat(HistoryCsv.cell("-1")).isEqualTo("'-1");
	}
}
