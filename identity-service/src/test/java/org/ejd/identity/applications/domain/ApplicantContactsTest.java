package org.ejd.identity.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ApplicantContactsTest {

	@Test
	void aMobileNumberIsWrittenInE164HoweverThePortalWroteIt() {
		assertThat(ApplicantContacts.phone("+7 (912) 345-67-89")).isEqualTo("+79123456789");
		assertThat(ApplicantContacts.phone("8 912 345 67 89")).isEqualTo("+79123456789");
		assertThat(ApplicantContacts.phone("9123456789")).isEqualTo("+79123456789");
	}

	@Test
	void landlinesForeignNumbersAndTextAreNoMobileNumbers() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicantContacts.phone("+7 (495) 123-45-67"));
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicantContacts.phone("+44 20 7946 0958"));
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicantContacts.phone("позвоните маме"));
	}

	@Test
	void anEmailKeepsItsLocalPartAndLowersItsCyrillicDomain() {
		assertThat(ApplicantContacts.email(" Ivanova.M@ПРИМЕР.РФ ")).isEqualTo("Ivanova.M@пример.рф");
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicantContacts.email("ivanova@"));
		assertThatIllegalArgumentException().isThrownBy(() -> ApplicantContacts.email("a..b@example.org"));
	}

	@Test
	void itsTextNamesNeitherContact() {
		assertThat(new ApplicantContacts("ivanova@example.org", "+79123456789").toString())
			.doesNotContain("ivanova").doesNotContain("912");
	}
}
