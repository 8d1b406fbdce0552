package org.ejd.platform.metrics;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ejd_secret_expiry_timestamp_seconds{secret}}: when each secret this service holds runs out (a Keycloak client
 * secret, an SMS gateway's key, a signing key), as the operator who rotated it wrote down
 * ({@code ejd.secrets.expiry.<name>=2027-08-31}, e.g. env {@code EJD_SECRETS_EXPIRY_SMSRU=2027-08-31}). The alert
 * {@code EjdSecretExpiresSoon} fires two weeks before (infra/observability). A secret has no expiry date of its own
 * that a service could read, so the date is configuration next to the secret.
 */
public final class SecretExpiry implements MeterBinder {

	private final Properties properties;

	public SecretExpiry(Properties properties) {
		this.properties = properties;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		properties.expiry().forEach((secret, day) -> Gauge.builder("ejd.secret.expiry.timestamp", () ->
				day.atStartOfDay().toEpochSecond(ZoneOffset.UTC))
			.description("When a secret held by this service expires (start of the day, UTC)")
			.baseUnit("seconds")
			.tag("secret", secret)
			.register(registry));
	}

	/** @param expiry the day each named secret expires */
	@ConfigurationProperties("ejd.secrets")
	public record Properties(@DefaultValue Map<String, LocalDate> expiry) {
	}
}
