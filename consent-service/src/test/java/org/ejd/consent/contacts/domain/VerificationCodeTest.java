package org.ejd.consent.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

	private final SecureRandom random = new SecureRandom();

	private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void aCodeIsSixDigits() {
		for (int i = 0; i < 50; i++) {
			assertThat(VerificationCode.generate(random)).matches("[0-9]{6}");
		}
	}

	@Test
	void onlyASaltedHashIsKeptAndTheSameCodeHashesDifferentlyEachTime() {
		VerificationCode.Hashed first = VerificationCode.hash("482913", random);
		VerificationCode.Hashed second = VerificationCode.hash("482913", random);
		assertThat(first.hash()).hasSize(32).isNotEqualTo(second.hash());
		assertThat(first.salt()).hasSize(16).isNotEqualTo(second.salt());
		assertThat(new String(first.hash(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("482913");
		assertThat(first.toString()).doesNotContain("482913");
		assertThat(first.matches("482913")).isTrue();
		assertThat(second.matches("482913")).isTrue();
		assertThat(first.matches("482914")).isFalse();
	}

	@Test
	void theRightCodeInTimeMatches() {
		assertThat(pending(0).check("123456", now.plus(Duration.ofMinutes(14)), 5)).isInstanceOf(PendingVerification.Match.class);
	}

	@Test
	void aWrongCodeTellsHowManyTriesAreLeftAndTheFifthLocksIt() {
		assertThat(pending(0).check("000000", now, 5)).isEqualTo(new PendingVerification.Wrong(4));
		assertThat(pending(3).check("000000", now, 5)).isEqualTo(new PendingVerification.Wrong(1));
		assertThat(pending(4).check("000000", now, 5)).isEqualTo(new PendingVerification.Wrong(0));
	}

	@Test
	void aLockedCodeStaysLockedEvenForTheRightCode() {
		assertThat(pending(5).check("123456", now, 5)).isInstanceOf(PendingVerification.Locked.class);
	}

	@Test
	void anExpiredCodeIsRefusedWithoutBeingTried() {
		assertThat(pending(0).check("123456", now.plus(Duration.ofMinutes(15)), 5)).isInstanceOf(PendingVerification.Expired.class);
		assertThat(pending(0).check("000000", now.plus(Duration.ofHours(1)), 5)).isInstanceOf(PendingVerification.Expired.class);
	}

	private PendingVerification pending(int failedAttempts) {
		return new PendingVerification(VerificationCode.hash("123456", random), now.plus(Duration.ofMinutes(15)), failedAttempts);
	}
}
