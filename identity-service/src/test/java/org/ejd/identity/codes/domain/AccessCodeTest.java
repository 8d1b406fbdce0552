package org.ejd.identity.codes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.ejd.identity.codes.domain.AccessCode.State;
import org.ejd.identity.codes.domain.AccessCode.Status;
import org.junit.jupiter.api.Test;

class AccessCodeTest {

	private static final Instant ISSUED = Instant.parse("2026-11-20T07:00:00Z");

	private static final Instant EXPIRES = Instant.parse("2026-12-20T07:00:00Z");

	@Test
	void anActiveCodeWorksUntilTheInstantItExpires() {
		assertThat(code(Status.ACTIVE, 0).stateAt(EXPIRES.minusSeconds(1))).isEqualTo(State.USABLE);
		assertThat(code(Status.ACTIVE, 0).stateAt(EXPIRES)).isEqualTo(State.EXPIRED);
	}

	@Test
	void usedLockedAndReplacedCodesStaySoWhateverTheTime() {
		assertThat(code(Status.REDEEMED, 0).stateAt(ISSUED)).isEqualTo(State.REDEEMED);
		assertThat(code(Status.LOCKED, 5).stateAt(ISSUED)).isEqualTo(State.LOCKED);
		assertThat(code(Status.REPLACED, 0).stateAt(ISSUED)).isEqualTo(State.REPLACED);
	}

	@Test
	void theFifthWrongAttemptLeavesNone() {
		assertThat(code(Status.ACTIVE, 0).attemptsLeftAfterAWrongOne(5)).isEqualTo(4);
		assertThat(code(Status.ACTIVE, 4).attemptsLeftAfterAWrongOne(5)).isZero();
	}

	private static AccessCode code(Status status, int failed) {
		return new AccessCode(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "7KQ2MX9P", "pbkdf2-sha256$1$a$b", ISSUED,
				"admin", EXPIRES, failed, status, status == Status.REDEEMED ? ISSUED : null);
	}
}
