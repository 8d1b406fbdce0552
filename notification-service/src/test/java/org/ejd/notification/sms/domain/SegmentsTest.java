package org.ejd.notification.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SegmentsTest {

	@Test
	void seventyCyrillicCharactersAreOneUcs2Segment() {
		Segments one = Segments.of("ж".repeat(70));
		assertThat(one.ucs2()).isTrue();
		assertThat(one.count()).isEqualTo(1);
		assertThat(one.dataCoding()).isEqualTo((byte) 0x08);
		assertThat(one.payload(0, 7)).isEqualTo("ж".repeat(70).getBytes(StandardCharsets.UTF_16BE));
	}

	@Test
	void seventyOneCyrillicCharactersAreTwoPartsOf67AndTheRest() {
		Segments two = Segments.of("ж".repeat(71));
		assertThat(two.count()).isEqualTo(2);
		assertThat(two.parts().get(0)).hasSize(67);
		assertThat(two.parts().get(1)).hasSize(4);
		byte[] first = two.payload(0, 42);
		assertThat(first).startsWith(0x05, 0x00, 0x03, 42, 2, 1);
		assertThat(first).hasSize(6 + 67 * 2);
	}

	@Test
	void plainLatinTextUsesTheSevenBitLimits() {
		assertThat(Segments.of("a".repeat(160)).count()).isEqualTo(1);
		assertThat(Segments.of("a".repeat(161)).count()).isEqualTo(2);
		assertThat(Segments.of("a".repeat(161)).ucs2()).isFalse();
	}

	@Test
	void oneCyrillicLetterMakesTheWholeTextUcs2() {
		assertThat(Segments.of("Code 123: ок").ucs2()).isTrue();
	}
}
