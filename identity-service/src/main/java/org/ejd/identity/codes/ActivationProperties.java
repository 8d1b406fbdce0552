package org.ejd.identity.codes;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limit of the open activation endpoint ({@code ejd.identity.activation.*}), besides the
 * per-code lock after {@code ejd.identity.codes.max-attempts} wrong codes.
 *
 * @param attemptsPerWindow activation attempts one client may make per window
 * @param window the window
 * @param clientKeyHeader the header a trusted proxy (the gateway) puts the client's address in, e.g.
 *        {@code X-Forwarded-For} (its last entry counts); unset: the connection's remote address
 */
@ConfigurationProperties("ejd.identity.activation")
public record ActivationProperties(@DefaultValue("10") int attemptsPerWindow, @DefaultValue("1m") Duration window,
		@Nullable String clientKeyHeader) {
}
