package org.ejd.identity.codes;

import java.time.Duration;
import java.util.List;

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
 * @param trustedProxies the addresses or CIDR ranges the header is believed from (the gateway's); from anyone else the
 *        connection's own address counts, so a caller who reaches the service directly cannot pick its key
 */
@ConfigurationProperties("ejd.identity.activation")
public record ActivationProperties(@DefaultValue("10") int attemptsPerWindow, @DefaultValue("1m") Duration window,
		@Nullable String clientKeyHeader, @DefaultValue({ "127.0.0.1", "0:0:0:0:0:0:0:1" }) List<String> trustedProxies) {
}
