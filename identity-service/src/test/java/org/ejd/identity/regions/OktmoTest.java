package org.ejd.identity.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OktmoTest {

	@Test
	void aMunicipalityHasEightDigitsAndASettlementEleven() {
		assertThat(Oktmo.parse("47730000").digits()).isEqualTo("47730000");
		assertThat(Oktmo.parse("27701000001").digits()).isEqualTo("27701000001");
	}

	@Test
	void spacesAsPrintedInTheClassifierAreDropped() {
		assertThat(Oktmo.parse("47 730 000").digits()).isEqualTo("47730000");
		assertThat(Oktmo.parse(" 27 701 000 001 ").digits()).isEqualTo("27701000001");
	}

	@Test
	void anyOtherLengthOrANonDigitIsRefused() {
		for (String bad : new String[] { "", "4773000", "477300000", "4773000000", "477300000000", "4773O000", "47-730-000" }) {
			assertThatThrownBy(() -> Oktmo.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
		assertThat(Oktmo.isValid(null)).isFalse();
	}
}
