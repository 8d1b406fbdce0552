package org.ejd.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.ClassUtils;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import tools.jackson.databind.ObjectMapper;

/**
 * Every service is an OAuth2 resource server on Keycloak JWTs: signature by the realm's keys,
 * issuer, expiry and audience checked; realm roles become {@code ROLE_<role>} authorities.
 * Health probes, OpenAPI and Swagger UI are open; everything else needs a valid token, and
 * what a caller may see is then decided by data in each use case.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnClass({ JwtDecoder.class, HttpSecurity.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("ejd.security.issuer-uri")
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
@EnableWebSecurity
public class ResourceServerAutoConfiguration {

	static final String[] OPEN_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error" };

	@Bean
	@ConditionalOnMissingBean
	JwtDecoder jwtDecoder(SecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri()).build();
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
				aud -> aud != null && aud.contains(properties.audience()));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuerUri()), audience));
		boolean caffeine = ClassUtils.isPresent("com.github.benmanes.caffeine.cache.Caffeine", getClass().getClassLoader());
		return properties.tokenCacheBytes().toBytes() > 0 && caffeine
				? new CachingJwtDecoder(decoder, properties.tokenCacheBytes().toBytes(), properties.tokenCacheTtl()) : decoder;
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemSecurityHandlers problemSecurityHandlers(ObjectMapper mapper, MessageSource messages, LocaleResolver locales) {
		return new ProblemSecurityHandlers(mapper, messages, locales);
	}

	/** The bearer token of each request, read without a regular expression (see {@link BearerTokens}). */
	@Bean
	@ConditionalOnMissingBean
	BearerTokenResolver bearerTokenResolver() {
		return new BearerTokens();
	}

	/**
	 * CORS is answered where browsers call: the gateway, which declares its {@link CorsConfigurationSource}. A service
	 * without one (none declares {@code @CrossOrigin} or CORS mappings; browsers never reach it directly) runs no CORS
	 * filter, which otherwise looked up each request's handler a second time to find no CORS configuration (issue 13:
	 * 4.6 % of the diary's CPU).
	 */
	@Bean
	@ConditionalOnMissingBean(SecurityFilterChain.class)
	SecurityFilterChain ejdResourceServer(HttpSecurity http, SecurityProperties properties,
			ProblemSecurityHandlers problems, JwtDecoder decoder, ManagementPort managementPort,
			ObjectProvider<CorsConfigurationSource> cors) throws Exception {
		List<String> open = new ArrayList<>(List.of(OPEN_PATHS));
		open.addAll(properties.publicPaths());
		// Spring MVC's HandlerMappingIntrospector is a CorsConfigurationSource too: the one that finds nothing here
		CorsConfigurationSource corsSource = cors.orderedStream()
			.filter(source -> !(source instanceof HandlerMappingIntrospector))
			.findFirst()
			.orElse(null);
		http.csrf(csrf -> csrf.disable())
			.cors(corsSource != null ? c -> c.configurationSource(corsSource) : c -> c.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.requestMatchers(open.toArray(String[]::new)).permitAll()
				.requestMatchers(managementPort).permitAll()
				.anyRequest().authenticated())
			.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.authenticationManager(jwtAuthentication(decoder)))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	/**
	 * The management port (its own, {@code management.server.port}) is reached only from inside the cluster and never
	 * routed by the gateway: Prometheus scrapes it without a token. The same paths on the API port stay closed.
	 */
	@Bean
	@ConditionalOnMissingBean
	ManagementPort managementPort() {
		return new ManagementPort();
	}

	/**
	 * Authentication of a bearer token, built here rather than by Spring Security's defaults so that a verified token
	 * costs no application event (a {@link ProviderManager} of its own publishes none; nothing listens to them) and no
	 * observation (issue 13: together a fifth of a read's CPU).
	 */
	static AuthenticationManager jwtAuthentication(JwtDecoder decoder) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(realmRoles());
		return new ProviderManager(provider);
	}

	/**
	 * No observations of each security filter, authentication and authorization: the HTTP server observation
	 * (metrics of every request) stays; the per-filter spans cost more than the filters themselves (issue 13).
	 */
	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The strict firewall's own rules, checked without regular expressions on every header (see {@link FastFirewall});
	 * a rejected request gets a 400 problem (issue 12), not the container's error page.
	 */
	@Bean
	@ConditionalOnMissingBean
	WebSecurityCustomizer ejdFirewall(ProblemSecurityHandlers problems) {
		return web -> web.httpFirewall(FastFirewall.create()).requestRejectedHandler(problems);
	}

	/** Keycloak puts realm roles under {@code realm_access.roles}. */
	static Converter<Jwt, AbstractAuthenticationToken> realmRoles() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> {
			List<GrantedAuthority> authorities = new ArrayList<>();
			Callers.roles(jwt).forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
			return authorities;
		});
		converter.setPrincipalClaimName("sub");
		return converter;
	}
}
