package org.ejd.journal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	private final SchoolRoles roles = new SchoolRoles((person, group) -> person.equals(leaderOfFiveA) && group.equals(fiveA));

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

	private static Caller caller(UUID person, UUID school, Role... roles) {
		return new Caller("sub", person, Set.of(school), Set.of(), Set.of(roles), "ejd-web");
	}
}
