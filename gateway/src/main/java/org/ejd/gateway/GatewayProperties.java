package org.ejd.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway ({@code ejd.gateway.*}).
 *
 * @param services base URL of each service by its short name ({@code journal}, {@code diary}, ...);
 *        requests to {@code /api/<name>/**} go there
 * @param timeout how long a service may take before the gateway answers 503
 * @param corsAllowedOrigins origins of third-party front-ends allowed to call the API from a browser
 * @param trustedProxies addresses or CIDR ranges of proxies in front of the gateway (a load balancer) whose
 *        {@code X-Forwarded-For} is believed; empty: the connection's address is the client's
 * @param paths further path patterns routed as they are to a service, by its short name: contracts whose paths a
 *        standard fixes outside {@code /api} (FGIS «Моя школа»'s {@code /Schedule/**} to the diary,
 *        OneRoster's {@code /ims/oneroster/**} to its facade)
 * @param connectionsPerService how many connections the gateway keeps open to each service at most: as many proxied
 *        calls to one service run at once, further ones wait for a free connection (the HTTP client's own default is 5)
 */
@ConfigurationProperties("ejd.gateway")
public record GatewayProperties(Map<String, URI> services, @DefaultValue("10s") Duration timeout,
		@DefaultValue List<String> corsAllowedOrigins, @DefaultValue List<String> trustedProxies,
		@DefaultValue Map<String, List<String>> paths, @DefaultValue("100") int connectionsPerService) {
}
