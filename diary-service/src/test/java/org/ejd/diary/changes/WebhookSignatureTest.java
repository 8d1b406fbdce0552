package org.ejd.diary.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

	@Test
	void signsTheTimestampDotBodyWithHmacSha256AsAnyReceiverRecomputesIt() {
		// the same value as python3: hmac.new(b'whsec-test', b'1764536400.{"type":"ping"}', hashlib.sha256).hexdigest()
		assertThat(WebhookSignature.header("whsec-test", 1764536400L, "{\"type\":\"ping\"}"))
			.isEqualTo("t=1764536400,v1=8ac6c30340b5a9874cabf57e1092c64df4e73556285a787da6ef74601daa4f03");
	}

	@Test
	void anotherTimestampGivesAnotherSignatureSoAnOldDeliveryCannotBeReplayedWithAFreshTime() {
		assertThat(WebhookSignature.header("whsec-test", 1764536401L, "{\"type\":\"ping\"}"))
			.doesNotEndWith("8ac6c30340b5a9874cabf57e1092c64df4e73556285a787da6ef74601daa4f03");
	}

	@Test
	void retriesWaitTwiceAsLongEachTimeUpToTheCap() {
		WebhookSettings settings = new WebhookSettings(Duration.ofSeconds(30), Duration.ofMinutes(5), null, null, null, false);
		assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofSeconds(240));
		assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.retryAfter(60)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void theDefaultsGiveUpAfterTenAttemptsAndDisableAfterTwentyFailuresInARow() {
		WebhookSettings defaults = new WebhookSettings(null, null, null, null, null, false);
		assertThat(defaults.giveUpAfter()).isEqualTo(10);
		assertThat(defaults.disableAfter()).isEqualTo(20);
		assertThat(defaults.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
	}
}
