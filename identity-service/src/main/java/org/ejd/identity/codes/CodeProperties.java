package org.ejd.identity.codes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access codes ({@code ejd.identity.codes.*}).
 *
 * @param validity how long an issued code can be redeemed
 * @param maxAttempts wrong tries after which a code is locked and the school must issue a new one
 * @param hashIterations PBKDF2 iterations for new codes (older codes keep theirs)
 * @param activationAddress where the holder redeems the code, as printed in the letter
 */
@ConfigurationProperties("ejd.identity.codes")
public record CodeProperties(@DefaultValue("30d") Duration validity, @DefaultValue("5") int maxAttempts,
		@DefaultValue("100000") int hashIterations,
		@DefaultValue("на сайте электронного дневника вашего региона, раздел «Активация кода»") String activationAddress) {

	public CodeProperties {
		if (validity.isNegative() || validity.isZero() || maxAttempts < 1 || hashIterations < 10_000) {
			throw new IllegalArgumentException("ejd.identity.codes: validity > 0, max-attempts >= 1, hash-iterations >= 10000");
		}
	}
}
