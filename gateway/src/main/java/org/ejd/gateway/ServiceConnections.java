package org.ejd.gateway;

import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;

import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * How the gateway reaches the services (issue 13, P2, ADR 0072): Spring Cloud Gateway's proxy on Apache HttpClient 5.
 * <ul>
 * <li>The pool: the client's own default is 5 connections per service and 25 in all; with more callers than that on
 * one service each further proxied call waited in the pool for a connection to come free, however idle the service.
 * Now {@code ejd.gateway.connections-per-service} per service, and enough in all for every service to have as many.</li>
 * <li>No proxy between the gateway and the services: the route is planned without asking the JVM's
 * {@code ProxySelector} on every call (Boot's client honours the system properties, {@code http.proxyHost} and the
 * like, which a gateway in front of its own services never wants).</li>
 * <li>No observation of its own per proxied call ({@code http.client.requests}): the request's
 * {@code http.server.requests} observation measures the whole exchange, each service measures its own part, and the
 * trace reaches the service through {@link TraceToServices}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ServiceConnections {

	@Bean
	ClientHttpRequestFactoryBuilderCustomizer<HttpComponentsClientHttpRequestFactoryBuilder> serviceConnectionPool(
			GatewayProperties properties) {
		int perService = properties.connectionsPerService();
		int total = perService * Math.max(1, properties.services().size());
		return builder -> builder.withConnectionManagerCustomizer(pool -> pool.setMaxConnPerRoute(perService).setMaxConnTotal(total))
			// the services are reached directly: no proxy looked up by the JVM's ProxySelector on every call
			.withHttpClientCustomizer(client -> client.setRoutePlanner(new DefaultRoutePlanner(null)));
	}

	/** The proxy's client: the pool above, no observation registry (Spring Cloud Gateway's own takes Boot's, observed). */
	@Bean
	RestClientProxyExchange proxyExchange(ClientHttpRequestFactory services, GatewayMvcProperties properties) {
		return new RestClientProxyExchange(RestClient.builder().requestFactory(services).build(), properties);
	}
}
