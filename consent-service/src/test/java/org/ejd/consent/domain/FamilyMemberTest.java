package org.ejd.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class FamilyMemberTest {

	@Test
	void aStudentIsOfFullAgeFromTheir18thBirthdayOn() {
		FamilyMember student = student(LocalDate.of(2008, 5, 20));
		assertThat(student.adultOn(LocalDate.of(2026, 5, 19))).isFalse();
		assertThat(student.adultOn(LocalDate.of(2026, 5, 20))).isTrue();
		assertThat(student.adultOn(LocalDate.of(2026, 5, 21))).isTrue();
	}

	@Test
	void bornOn29FebruaryComesOfAgeOn28FebruaryInACommonYear() {
		FamilyMember student = student(LocalDate.of(2008, 2, 29));
		assertThat(student.adultOn(LocalDate.of(2026, 2, 27))).isFalse();
		assertThat(student.adultOn(LocalDate.of(2026, 2, 28))).isTrue();
	}

	@Test
	void aGuardianIsAnAdultAndAStudentWithoutBirthDateIsTreatedAsAMinor() {
		assertThat(new FamilyMember(UUID.randomUUID(), FamilyMember.Kind.GUARDIAN, null, null).adultOn(LocalDate.now())).isTrue();
		assertThat(student(null).adultOn(LocalDate.now())).isFalse();
	}

	private static FamilyMember student(LocalDate birthDate) {
		return new FamilyMember(UUID.randomUUID(), FamilyMember.Kind.STUDENT, UUID.randomUUID(), birthDate);
	}
}
