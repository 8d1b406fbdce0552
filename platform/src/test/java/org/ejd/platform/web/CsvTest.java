package org.ejd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

	@Test
	void aCellThatASpreadsheetWouldTakeForAFormulaIsDefused() {
		assertThat(Csv.cell("=HYPERLINK(\"http://evil\")", ';')).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(Csv.cell("+7 900", ';')).isEqualTo("'+7 900");
		assertThat(Csv.cell("-1", ';')).isEqualTo("'-1");
		assertThat(Csv.cell("@SUM(A1)", ';')).isEqualTo("'@SUM(A1)");
	}

	@Test
	void theSeparatorQuotesAndLineBreaksAreQuotedAndPlainTextIsLeftAlone() {
		assertThat(Csv.cell("Иванова; Анна", ';')).isEqualTo("\"Иванова; Анна\"");
		assertThat(Csv.cell("Иванова, Анна", ';')).isEqualTo("Иванова, Анна");
		assertThat(Csv.cell("две\nстроки", ',')).isEqualTo("\"две\nстроки\"");
		assertThat(Csv.cell(null, ';')).isEmpty();
		assertThat(Csv.row(';', "5А", 3, null)).isEqualTo("5А;3;\r\n");
	}
}
