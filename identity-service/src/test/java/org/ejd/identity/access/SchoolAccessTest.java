package org.ejd.identity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class SchoolAccessTest {

	private final UUID murmanskSchool = UUID.randomUUID();

	private final UUID kaliningradSchool = UUID.randomUUID();

	private final AtomicInteger lookUps = new AtomicInteger();

	private final Map<UUID, String> regions = Map.of(murmanskSchool, "51", kaliningradSchool, "39");

	private final SchoolAccess access = new SchoolAccess(school -> {
		lookUps.incrementAndGet();
		return Optional.ofNullable(regions.get(school));
	});

	@Test
	void aRegionOperatorManagesTheSchoolsOfItsRegionsOnly() {
		Caller operator = regionOperator("51");
		assertThat(access.manages(operator, murmanskSchool)).isTrue();
		assertThat(access.manages(operator, kaliningradSchool)).isFalse();
		assertThat(access.operatesRegionOf(operator, murmanskSchool)).isTrue();
		assertThat(access.operatesRegionOf(operator, kaliningradSchool)).isFalse();
		assertThat(access.manages(regionOperator("39", "51"), kaliningradSchool)).isTrue();
	}

	@Test
	void anOperatorOfAnotherRegionIsRefusedWith403AndAnUnknownSchoolIs404() {
		assertThatThrownBy(() -> access.requireManager(regionOperator("39"), murmanskSchool))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.kind()).isEqualTo(Refusal.Kind.NOT_ALLOWED);
				assertThat(ex.messageKey()).isEqualTo("identity.school.other-region");
			});
		assertThatThrownBy(() -> access.requireManager(regionOperator("51"), UUID.randomUUID()))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.kind()).isEqualTo(Refusal.Kind.UNKNOWN));
	}

	@Test
	void aSchoolAdminIsDecidedFromTheTokenAloneAndNeverOperatesARegion() {
		Caller admin = caller(Set.of(murmanskSchool), Set.of("51"), Role.SCHOOL_ADMIN);
		assertThat(access.manages(admin, murmanskSchool)).isTrue();
		assertThat(lookUps).hasValue(0);
		assertThat(access.manages(admin, kaliningradSchool)).isFalse();
		assertThat(access.operatesRegionOf(admin, murmanskSchool)).isFalse();
		assertThatThrownBy(() -> access.requireManager(admin, kaliningradSchool))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.messageKey()).isEqualTo("identity.school.not-yours"));
	}

	@Test
	void aRegionOperatorWithoutRegionsManagesNothingAndLooksNothingUp() {
		Caller operator = regionOperator();
		assertThat(access.operatesRegionOf(operator, murmanskSchool)).isFalse();
		assertThat(lookUps).hasValue(0);
		assertThatThrownBy(() -> SchoolAccess.requireOperatorOf(operator, "51"))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.messageKey()).isEqualTo("identity.region.not-yours"));
	}

	@Test
	void registeringInARegionNeedsTheRoleFirstAndThenTheRegion() {
		SchoolAccess.requireOperatorOf(regionOperator("51"), "51");
		assertThatThrownBy(() -> SchoolAccess.requireOperatorOf(caller(Set.of(), Set.of("51"), Role.SCHOOL_ADMIN), "51"))
			.isInstanceOfSatisfying(Refusal.class, ex -> assertThat(ex.messageKey()).isEqualTo("identity.region-operator-only"));
		assertThat(SchoolAccess.manages(regionOperator("39"), murmanskSchool, "51")).isFalse();
		assertThat(SchoolAccess.manages(regionOperator("51"), murmanskSchool, "51")).isTrue();
	}

	private static Caller regionOperator(String... regions) {
		return caller(Set.of(), Set.of(regions), Role.REGION_OPERATOR);
	}

	private static Caller caller(Set<UUID> schools, Set<String> regions, Role role) {
		return new Caller("sub", UUID.randomUUID(), schools, regions, Set.of(role), "ejd-cli");
	}
}
