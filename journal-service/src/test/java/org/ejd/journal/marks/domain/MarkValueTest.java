package org.ejd.journal.marks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkValueTest {

	@Test
	void fivePointMarksCountInAverages() {
		assertThat(MarkValue.parse(" 4 ")).hasValueSatisfying(v -> {
			assertThat(v.points()).isEqualTo(4);
			assertThat(v.scale()).isEqualTo(MarkValue.Scale.FIVE_POINT);
		});
	}

	@Test
	void passFailAndNotesHaveNoPoints() {
		assertThat(MarkValue.parse("Зачет")).hasValueSatisfying(v -> assertThat(v.text()).isEqualTo("зачёт"));
		assertThat(MarkValue.parse("н/а")).hasValueSatisfying(v -> assertThat(v.points()).isNull());
	}

	@Test
	void anythingElseIsNoMark() {
		assertThat(MarkValue.parse("6")).isEmpty();
		assertThat(MarkValue.parse("")).isEmpty();
		assertThat(MarkValue.parse("5+")).isEmpty();
	}

}
