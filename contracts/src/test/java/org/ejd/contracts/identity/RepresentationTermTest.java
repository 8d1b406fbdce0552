package org.ejd.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RepresentationTermTest {

	private static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

	@Test
	void aGuardianRepresentsFromTheFirstDayOnwardsWhenNoEndIsKnown() {
		RepresentationTerm term = RepresentationTerm.unknown().established(SEPT_1, null);
		assertThat(term.activeOn(SEPT_1.minusDays(1))).isFalse();
		assertThat(term.activeOn(SEPT_1)).isTrue();
		assertThat(term.activeOn(SEPT_1.plusYears(5))).isTrue();
		assertThat(term.lastDay()).isNull();
	}

	@Test
	void theLastDayTheStartNamesIsIncluded() {
		RepresentationTerm term = RepresentationTerm.unknown().established(SEPT_1, SEPT_1.plusDays(9));
		assertThat(term.activeOn(SEPT_1.plusDays(9))).isTrue();
		assertThat(term.activeOn(SEPT_1.plusDays(10))).isFalse();
	}

	@Test
	void theEndDayIsTheFirstDayWithoutRepresentation() {
		RepresentationTerm term = RepresentationTerm.unknown().established(SEPT_1, null).ended(SEPT_1.plusDays(30));
		assertThat(term.activeOn(SEPT_1.plusDays(29))).isTrue();
		assertThat(term.activeOn(SEPT_1.plusDays(30))).isFalse();
		assertThat(term.lastDay()).isEqualTo(SEPT_1.plusDays(29));
	}

	@Test
	void anEndOnTheStartDayMeansTheGuardianNeverRepresented() {
		RepresentationTerm term = RepresentationTerm.unknown().established(SEPT_1, null).ended(SEPT_1);
		assertThat(term.firstDay()).isNull();
		assertThat(term.activeOn(SEPT_1)).isFalse();
	}

	@Test
	void anEndOnTheDayAfterTheStartLeavesExactlyOneDay() {
		RepresentationTerm term = RepresentationTerm.unknown().established(SEPT_1, null).ended(SEPT_1.plusDays(1));
		assertThat(term.firstDay()).isEqualTo(SEPT_1);
		assertThat(term.lastDay()).isEqualTo(SEPT_1);
	}

	@Test
	void anEndBeforeTheStartMeansNeverActive() {
		RepresentationTerm term = RepresentationTerm.unknown().established(SEPT_1, null).ended(SEPT_1.minusDays(10));
		assertThat(term.firstDay()).isNull();
		assertThat(term.activeOn(SEPT_1.minusDays(20))).isFalse();
		assertThat(term.activeOn(SEPT_1)).isFalse();
	}

	@Test
	void anEndKnownWithoutItsStartIsNeverActiveAndStartAndEndCombineInEitherOrder() {
		RepresentationTerm endFirst = RepresentationTerm.unknown().ended(SEPT_1.plusDays(30));
		assertThat(endFirst.activeOn(SEPT_1)).isFalse();
		RepresentationTerm both = endFirst.established(SEPT_1, null);
		assertThat(both).isEqualTo(RepresentationTerm.unknown().established(SEPT_1, null).ended(SEPT_1.plusDays(30)));
		assertThat(both.activeOn(SEPT_1.plusDays(29))).isTrue();
		assertThat(both.activeOn(SEPT_1.plusDays(30))).isFalse();
	}

	@Test
	void theEarlierOfAStartsLastDayAndAnEndCounts() {
		RepresentationTerm term = RepresentationTerm.unknown().established(SEPT_1, SEPT_1.plusDays(5)).ended(SEPT_1.plusDays(30));
		assertThat(term.lastDay()).isEqualTo(SEPT_1.plusDays(5));
		assertThat(RepresentationTerm.unknown().established(SEPT_1, SEPT_1.plusDays(50)).ended(SEPT_1.plusDays(30)).lastDay())
			.isEqualTo(SEPT_1.plusDays(29));
	}

	@Test
	void aRepeatedEndKeepsTheEarlierDay() {
		RepresentationTerm term = RepresentationTerm.unknown().established(SEPT_1, null).ended(SEPT_1.plusDays(10))
			.ended(SEPT_1.plusDays(20));
		assertThat(term.endedOn()).isEqualTo(SEPT_1.plusDays(10));
	}
}
