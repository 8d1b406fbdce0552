package org.ejd.gateway;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of the gateway ({@code ejd.gateway.rate-limits.*}, values in gateway.yml; ADR 0026).
 *
 * @param enabled false lets every request through (a load test measuring the services)
 * @param user each signed-in user ({@code sub} of the token)
 * @param client each OAuth client ({@code azp}), all its users together, unless {@code clients} names it
 * @param clients limits of particular clients by client id (a portal with a contract of its own); a limit of 0 requests
 *        means none
 * @param address each client address without a token (open paths: activation, homework links, unsubscribe)
 * @param identityWrites each user's writes to identity-service (accounts, codes, imports): stricter
 * @param activation each client address's account activations by code: strictest, against guessing codes
 * @param maxKeys how many users, clients and addresses are remembered at most (least recently seen go first)
 */
@ConfigurationProperties("ejd.gateway.rate-limits")
record RateLimitProperties(@DefaultValue("true") boolean enabled, Limit user, Limit client, @DefaultValue Map<String, Limit> clients,
		Limit address, Limit identityWrites, Limit activation, @DefaultValue("100000") long maxKeys) {

	/** So many requests per window; the whole allowance comes back when the window ends. */
	record Limit(int requests, Duration per) {

		boolean unlimited() {
			return requests <= 0;
		}
	}
}
