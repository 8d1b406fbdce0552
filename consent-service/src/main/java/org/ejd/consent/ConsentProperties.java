package org.ejd.consent;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * consent-service settings ({@code ejd.consent.*}).
 *
 * @param textVersions the versions of the consent text, oldest first; the last is the one in force
 *        (given electronically only for it; a signed paper form may name an older one)
 * @param timeZone the zone of "today" (adulthood, representations) and of the default quiet hours
 * @param verification how electronically given contacts are verified
 */
@ConfigurationProperties("ejd.consent")
public record ConsentProperties(
		@DefaultValue("2026-1") List<String> textVersions,
		@DefaultValue("Europe/Moscow") ZoneId timeZone,
		@DefaultValue Verification verification) {

	public ConsentProperties {
		if (textVersions.isEmpty()) {
			throw new IllegalArgumentException("ejd.consent.text-versions must name at least one version");
		}
		textVersions = List.copyOf(textVersions);
	}

	public String currentTextVersion() {
		return textVersions.getLast();
	}

	public boolean knowsText(String version) {
		return textVersions.contains(version);
	}

	/**
	 * @param codeTtl how long a code is valid
	 * @param maxAttempts wrong codes allowed before the verification is locked
	 * @param maxRequestsPerDay codes a person may ask for in 24 hours (each is an email or SMS sent)
	 * @param emailLink the front-end page that opens the verification; {@code ?contact=&code=} are appended
	 */
	public record Verification(
			@DefaultValue("15m") Duration codeTtl,
			@DefaultValue("5") int maxAttempts,
			@DefaultValue("10") int maxRequestsPerDay,
			@DefaultValue("https://ejd.example/consent/verify") String emailLink) {
	}
}
