package org.ejd.identity.apps.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AppScopesTest {

	@Test
	void aMachineAppMayAskForOneRosterReadsAndTheGradebookWriteAndDeleteScopes() {
		assertThat(AppKind.MACHINE.allows(List.of("roster.readonly", "gradebook.readonly", "gradebook.createput",
				"gradebook.delete"))).isTrue();
		assertThat(AppKind.MACHINE.allows(List.of("gradebook.createput"))).isTrue();
		assertThat(AppKind.MACHINE.allows(List.of("gradebook.delete"))).isTrue();
		assertThat(AppKind.MACHINE.allows(List.of())).isTrue();
	}

	@Test
	void aMachineAppAsksForNothingElseAndNothingTwice() {
		assertThat(AppKind.MACHINE.allows(List.of("offline_access"))).isFalse();
		assertThat(AppKind.MACHINE.allows(List.of("gradebook.write"))).isFalse();
		assertThat(AppKind.MACHINE.allows(List.of("roster-core.readonly"))).isFalse();
		assertThat(AppKind.MACHINE.allows(List.of("gradebook.createput", "gradebook.createput"))).isFalse();
		assertThat(AppKind.MACHINE.allows(List.of(AppScopes.ONEROSTER_PREFIX + "gradebook.createput")))
			.as("the short name, not the realm's").isFalse();
	}

	@Test
	void aPublicAppNeverGetsAOneRosterScope() {
		assertThat(AppKind.PUBLIC.allows(List.of("profile", "offline_access"))).isTrue();
		assertThat(AppKind.PUBLIC.allows(List.of("gradebook.createput"))).isFalse();
		assertThat(AppKind.PUBLIC.allows(List.of("gradebook.delete"))).isFalse();
		assertThat(AppKind.PUBLIC.allows(List.of("roster.readonly"))).isFalse();
	}

	@Test
	void theRealmKnowsAMachineAppsScopesByTheSpecificationsUris() {
		assertThat(AppScopes.realmNames(List.of("gradebook.createput", "gradebook.delete"))).containsExactly(
				"https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.createput",
				"https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.delete");
	}
}
