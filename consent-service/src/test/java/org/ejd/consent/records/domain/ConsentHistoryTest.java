package org.ejd.consent.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ejd.consent.domain.Channel;
import org.ejd.consent.domain.FamilyMember;
import org.junit.jupiter.api.Test;

class ConsentHistoryTest {

	private final UUID student = UUID.randomUUID();

	private final UUID mother = UUID.randomUUID();

	private final UUID father = UUID.randomUUID();

	@Test
	void nothingRegisteredMeansNoConsentAndNothingMayBeProcessed() {
		ConsentState state = new ConsentHistory(List.of()).current();
		assertThat(state.status()).isEqualTo(ConsentState.Status.NONE);
		assertThat(state.processingAllowed()).isFalse();
	}

	@Test
	void consentThenRefusalThenConsentAgainEndsInConsent() {
		ConsentHistory history = new ConsentHistory(List.of(record(1, Decision.GIVEN, mother), record(2, Decision.REFUSED, mother),
				record(3, Decision.GIVEN, mother)));
		assertThat(history.current().status()).isEqualTo(ConsentState.Status.GIVEN);
		assertThat(history.current().processingAllowed()).isTrue();
		assertThat(history.current().version()).isEqualTo(3);
	}

	@Test
	void theLatestDecisionCountsWhicheverParentMadeIt() {
		ConsentHistory history = new ConsentHistory(List.of(record(1, Decision.GIVEN, mother), record(2, Decision.WITHDRAWN, father)));
		assertThat(history.current().status()).isEqualTo(ConsentState.Status.WITHDRAWN);
		assertThat(history.current().givenBy()).isEqualTo(father);
		assertThat(history.current().processingAllowed()).isFalse();
	}

	@Test
	void theOrderIsTheVersionNotTheOrderTheRecordsWereRead() {
		List<ConsentRecord> shuffled = new ArrayList<>(List.of(record(3, Decision.GIVEN, mother), record(1, Decision.GIVEN, mother),
				record(2, Decision.REFUSED, mother)));
		assertThat(new ConsentHistory(shuffled).current().status()).isEqualTo(ConsentState.Status.GIVEN);
		assertThat(new ConsentHistory(shuffled).records()).extracting(ConsentRecord::version).containsExactly(1L, 2L, 3L);
	}

	@Test
	void onlyAConsentInForceCanBeWithdrawn() {
		assertThat(new ConsentHistory(List.of()).allows(Decision.WITHDRAWN)).isFalse();
		assertThat(new ConsentHistory(List.of(record(1, Decision.REFUSED, mother))).allows(Decision.WITHDRAWN)).isFalse();
		ConsentHistory given = new ConsentHistory(List.of(record(1, Decision.GIVEN, mother)));
		assertThat(given.allows(Decision.WITHDRAWN)).isTrue();
		assertThat(given.with(record(2, Decision.WITHDRAWN, mother)).allows(Decision.WITHDRAWN)).isFalse();
		assertThat(new ConsentHistory(List.of()).allows(Decision.REFUSED)).isTrue();
	}

	private ConsentRecord record(long version, Decision decision, UUID by) {
		return new ConsentRecord(UUID.randomUUID(), student, FamilyMember.Kind.STUDENT, by, decision, "2026-1", Channel.PORTAL, by,
				Instant.parse("2026-11-23T10:00:00Z").plusSeconds(version), version);
	}
}
