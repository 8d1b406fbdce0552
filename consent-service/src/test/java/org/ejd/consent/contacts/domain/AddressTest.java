package org.ejd.consent.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {

	@Test
	void mobileNumbersAreNormalizedFromTheWaysPeopleWriteThem() {
		for (String written : new String[] { "+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "9123456789", "+79123456789" }) {
			assertThat(MobileNumber.parse(written).value()).as(written).isEqualTo("+79123456789");
		}
	}

	@Test
	void onlyRussianMobileNumbersAreAccepted() {
		for (String written : new String[] { "+7 495 123-45-67", "+44 7911 123456", "12345", "+8 912 345 67 89", "912-345-67-8a", "" }) {
			assertThatThrownBy(() -> MobileNumber.parse(written)).as(written).isInstanceOf(IllegalArgumentException.class)
				.hasMessageNotContaining(written.isEmpty() ? "\u0000" : written);
		}
	}

	@Test
	void emailAddressesKeepTheirLocalPartAndLowerTheDomain() {
		assertThat(EmailAddress.parse(" Maria.Ivanova@Mail.RU ").value()).isEqualTo("Maria.Ivanova@mail.ru");
		assertThat(EmailAddress.parse("мария@почта.рф").value()).isEqualTo("мария@почта.рф");
		for (String bad : new String[] { "maria", "maria@", "@mail.ru", "maria@mail", "ma ria@mail.ru", "maria@@mail.ru", "maria..i@mail.ru" }) {
			assertThatThrownBy(() -> EmailAddress.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void whatMayBeShownOrLoggedIsMasked() {
		Address email = Address.parse(ContactChannel.EMAIL, "ivanova@mail.ru");
		assertThat(email.masked()).isEqualTo("i***@mail.ru");
		assertThat(email.toString()).isEqualTo("i***@mail.ru").doesNotContain("ivanova");
		Address mobile = Address.parse(ContactChannel.SMS, "+79123456789");
		assertThat(mobile.masked()).isEqualTo("+7 912 ***-**-89");
		assertThat(mobile.toString()).doesNotContain("3456");
	}
}
