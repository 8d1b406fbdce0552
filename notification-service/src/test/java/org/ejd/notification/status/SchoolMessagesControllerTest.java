package org.ejd.notification.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchoolMessagesControllerTest {

	@Test
	void aCellThatLooksLikeAFormulaIsNeutralisedAndQuotesAreDoubled() {
		assertThat(SchoolMessagesController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(SchoolMessagesController.cell("-1+2")).isEqualTo("\"'-1+2\"");
		assertThat(SchoolMessagesController.cell("consent")).isEqualTo("\"consent\"");
		assertThat(SchoolMessagesController.cell(null)).isEmpty();
	}
}
