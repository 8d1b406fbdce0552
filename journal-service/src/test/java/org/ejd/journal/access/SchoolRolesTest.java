package org.ejd.journal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.junit.jupiter.api.Test;

class SchoolRolesTest {

	private final UUID school = UUID.randomUUID();

	private final UUID fiveA = UUID.randomUUID();

	private final UUID fiveB = UUID.randomUUID();

	private final UUID leaderOfFiveA = UUID.randomUUID();

	private final UUID mathsTeacherOfFiveA = UUID.randomUUID();

	private final UUID maths = UUID.randomUUID();

	private final LocalDate firstDay = LocalDate.of(2026, 9, 1);

	private final LocalDate today = LocalDate.of(2026, 10, 5);

	private final SchoolRoles roles = new SchoolRoles((person, group) -> person.equals(leaderOfFiveA) && group.equals(fiveA),
			new TeachingAssignments() {

				@Override
				public boolean teaches(UUID teacher, UUID subject, UUID group, LocalDate day) {
					return teacher.equals(mathsTeacherOfFiveA) && subject.equals(maths) && group.equals(fiveA)
							&& !day.isBefore(firstDay);
				}

				@Override
				public boolean teachesAnythingBetween(UUID teacher, UUID group, LocalDate from, LocalDate to) {
					return teacher.equals(mathsTeacherOfFiveA) && group.equals(fiveA) && !to.isBefore(firstDay);
				}
			});

	@Test
	void theAdminAndTheDeputyHeadsAdministerTheirSchoolAndOnlyTheAdminSetsItsRules() {
		Caller admin = caller(UUID.randomUUID(), school, Role.SCHOOL_ADMIN);
		Caller deputy = caller(UUID.randomUUID(), school, Role.DEPUTY_HEAD);
		assertThat(roles.administers(admin, school)).isTrue();
		assertThat(roles.administers(deputy, school)).isTrue();
		assertThat(roles.isSchoolAdmin(admin, school)).isTrue();
		assertThat(roles.isSchoolAdmin(deputy, school)).isFalse();
		assertThatThrownBy(() -> roles.requireSchoolAdmin(deputy, school))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_ALLOWED));
	}

	@Test
	void anAdminOfAnotherSchoolDoesNotLearnThatTheSchoolExists() {
		Caller stranger = caller(UUID.randomUUID(), UUID.randomUUID(), Role.SCHOOL_ADMIN);
		assertThat(roles.administers(stranger, school)).isFalse();
		assertThatThrownBy(() -> roles.requireAdministration(stranger, school))
			.isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.kind()).isEqualTo(Refusal.Kind.UNKNOWN);
				assertThat(r.messageKey()).isEqualTo("journal.school.not-found");
			});
	}

	@Test
	void aTeacherOfTheSchoolIsRefusedWithTheMessageOfWhatWasAsked() {
		Caller teacher = caller(UUID.randomUUID(), school, Role.TEACHER);
		assertThatThrownBy(() -> roles.requireAdministration(teacher, school, "journal.compliance.administration-only"))
			.isInstanceOfSatisfying(Refusal.class, r -> {
				assertThat(r.kind()).isEqualTo(Refusal.Kind.NOT_ALLOWED);
				assertThat(r.messageKey()).isEqualTo("journal.compliance.administration-only");
			});
	}

	@Test
	void aClassTeacherLeadsTheirOwnClassOnlyAndOnlyWithTheRole() {
		Caller leader = caller(leaderOfFiveA, school, Role.TEACHER, Role.CLASS_TEACHER);
		Caller sameTeacherWithoutTheRole = caller(leaderOfFiveA, school, Role.TEACHER);
		assertThat(roles.leadsOrAdministers(leader, school, fiveA)).isTrue();
		assertThat(roles.leadsOrAdministers(leader, school, fiveB)).isFalse();
		assertThat(roles.leads(sameTeacherWithoutTheRole, fiveA)).isFalse();
	}

	@Test
	void theWorkOfAClassInASubjectIsReadByItsTeacherItsClassTeacherAndTheAdministrationOnly() {
		LocalDate lessonDay = LocalDate.of(2026, 10, 1);
		assertThat(roles.readsWork(caller(mathsTeacherOfFiveA, school, Role.TEACHER), school, fiveA, maths, lessonDay, today)).isTrue();
		assertThat(roles.readsWork(caller(leaderOfFiveA, school, Role.TEACHER, Role.CLASS_TEACHER), school, fiveA, maths,
				lessonDay, today)).isTrue();
		assertThat(roles.readsWork(caller(UUID.randomUUID(), school, Role.DEPUTY_HEAD), school, fiveA, maths, lessonDay, today))
			.isTrue();
		assertThat(roles.readsWork(caller(mathsTeacherOfFiveA, school, Role.TEACHER), school, fiveB, maths, lessonDay, today))
			.as("the same teacher, another class").isFalse();
		assertThat(roles.readsWork(caller(UUID.randomUUID(), school, Role.TEACHER), school, fiveA, maths, lessonDay, today))
			.as("a teacher of the school without the assignment").isFalse();
		assertThat(roles.readsWork(caller(mathsTeacherOfFiveA, school, Role.STUDENT), school, fiveA, maths, lessonDay, today))
			.as("the assignment counts only with the teacher role").isFalse();
		assertThat(roles.readsWork(caller(UUID.randomUUID(), school, Role.STUDENT, Role.GUARDIAN), school, fiveA, maths,
				lessonDay, today)).as("families read the diary").isFalse();
		assertThat(roles.readsWork(caller(UUID.randomUUID(), UUID.randomUUID(), Role.SCHOOL_ADMIN), school, fiveA, maths,
				lessonDay, today)).as("the admin of another school").isFalse();
	}

	@Test
	void aClassesLessonsAreListedForItsTeachersItsClassTeacherAndTheAdministrationOnly() {
		LocalDate from = LocalDate.of(2026, 9, 28);
		LocalDate to = LocalDate.of(2026, 10, 4);
		assertThat(roles.readsClassLessons(caller(mathsTeacherOfFiveA, school, Role.TEACHER), school, fiveA, from, to, today))
			.isTrue();
		assertThat(roles.readsClassLessons(caller(leaderOfFiveA, school, Role.TEACHER, Role.CLASS_TEACHER), school, fiveA, from,
				to, today)).isTrue();
		assertThat(roles.readsClassLessons(caller(UUID.randomUUID(), school, Role.SCHOOL_ADMIN), school, fiveB, from, to, today))
			.isTrue();
		assertThat(roles.readsClassLessons(caller(mathsTeacherOfFiveA, school, Role.TEACHER), school, fiveB, from, to, today))
			.isFalse();
		assertThat(roles.readsClassLessons(caller(UUID.randomUUID(), school, Role.STUDENT), school, fiveA, from, to, today))
			.isFalse();
		assertThat(roles.isStaff(caller(UUID.randomUUID(), school, Role.GUARDIAN), school)).isFalse();
		assertThat(roles.isStaff(caller(UUID.randomUUID(), school, Role.CLASS_TEACHER), school)).isTrue();
	}

	private static Caller caller(UUID person, UUID school, Role... roles) {
		return new Caller("sub", person, Set.of(school), Set.of(), Set.of(roles), "ejd-web");
	}
}
