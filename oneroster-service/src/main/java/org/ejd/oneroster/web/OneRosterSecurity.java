package org.ejd.oneroster.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ejd.oneroster.access.OneRosterScope;
import org.ejd.platform.security.ManagementPort;
import org.ejd.platform.security.ProblemSecurityHandlers;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * The OneRoster endpoints are for clients with client credentials: the token's OneRoster scopes decide what a client
 * may call (roster read, gradebook read, gradebook write); which schools it sees is decided by data ({@code Clients}).
 * Missing or bad tokens (401) and missing scopes (403) answer with the imsx envelope. Replaces the platform's chain,
 * keeping its token decoder (issuer, audience, cache).
 */
@Configuration(proxyBeanMethods = false)
class OneRosterSecurity {

	private static final String[] OPEN = { "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error" };

	@Bean
	SecurityFilterChain oneRosterChain(HttpSecurity http, JwtDecoder decoder, ObjectMapper mapper, MessageSource messages,
			LocaleResolver locales, ManagementPort managementPort) throws Exception {
		ImsxSecurityHandlers handlers = new ImsxSecurityHandlers(mapper, messages, locales);
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> {
			List<GrantedAuthority> authorities = new ArrayList<>();
			String scope = jwt.getClaimAsString("scope");
			if (scope != null) {
				for (String granted : scope.split(" ")) {
					if (!granted.isBlank()) {
						authorities.add(new SimpleGrantedAuthority("SCOPE_" + granted));
					}
				}
			}
			return authorities;
		});
		provider.setJwtAuthenticationConverter(converter);
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.requestMatchers(OPEN).permitAll()
				// actuator on its own port (platform default) is scraped without a token; the API port's actuator stays closed
				.requestMatchers(managementPort).permitAll()
				.requestMatchers(HttpMethod.GET, "/ims/oneroster/rostering/**")
				.hasAnyAuthority("SCOPE_" + OneRosterScope.ROSTER_READ, "SCOPE_" + OneRosterScope.ROSTER_CORE_READ)
				.requestMatchers(HttpMethod.GET, "/ims/oneroster/gradebook/**").hasAuthority("SCOPE_" + OneRosterScope.GRADEBOOK_READ)
				.requestMatchers(HttpMethod.PUT, "/ims/oneroster/gradebook/**").hasAuthority("SCOPE_" + OneRosterScope.GRADEBOOK_WRITE)
				.requestMatchers(HttpMethod.DELETE, "/ims/oneroster/gradebook/**").hasAuthority("SCOPE_" + OneRosterScope.GRADEBOOK_DELETE)
				// the CSV of a school: its admin (a person) or a OneRoster client; CsvExport decides by data
				.requestMatchers(HttpMethod.GET, "/ims/oneroster/csv/**").authenticated()
				// who read a student's data: the school's admin or its region's operator; ReadAudit decides by data
				.requestMatchers(HttpMethod.GET, "/ims/oneroster/audit/**").authenticated()
				.anyRequest().denyAll())
			.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.authenticationManager(new ProviderManager(provider)))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers));
		return http.build();
	}

	/**
	 * An address the platform's firewall rejects ({@code ;}, {@code %25}, an encoded slash, a {@code .} segment) gets its
	 * 400 in the imsx envelope on OneRoster's paths too; elsewhere (docs) the platform's problem.
	 */
	@Bean
	ProblemSecurityHandlers problemSecurityHandlers(ObjectMapper mapper, MessageSource messages, LocaleResolver locales) {
		return new ImsxRejections(mapper, messages, locales);
	}

	/** The firewall's rejections: imsx under {@code /ims/oneroster/}, the platform's problem elsewhere. */
	static final class ImsxRejections extends ProblemSecurityHandlers {

		private final ImsxSecurityHandlers imsx;

		ImsxRejections(ObjectMapper mapper, MessageSource messages, LocaleResolver locales) {
			super(mapper, messages, locales);
			this.imsx = new ImsxSecurityHandlers(mapper, messages, locales);
		}

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex) throws IOException {
			String uri = request.getRequestURI();
			if (uri != null && uri.startsWith(ImsxApiResponses.PREFIX)) {
				imsx.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "oneroster.request.malformed", "invaliddata");
			}
			else {
				super.handle(request, response, ex);
			}
		}
	}

	/** 401 and 403 from the security filters in the imsx envelope. */
	static final class ImsxSecurityHandlers implements org.springframework.security.web.AuthenticationEntryPoint,
			org.springframework.security.web.access.AccessDeniedHandler {

		private final ObjectMapper mapper;

		private final MessageSource messages;

		private final LocaleResolver locales;

		ImsxSecurityHandlers(ObjectMapper mapper, MessageSource messages, LocaleResolver locales) {
			this.mapper = mapper;
			this.messages = messages;
			this.locales = locales;
		}

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.core.AuthenticationException ex) throws IOException {
			response.setHeader("WWW-Authenticate", "Bearer");
			write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "oneroster.unauthorized", "unauthorisedrequest");
		}

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException ex) throws IOException {
			write(request, response, HttpServletResponse.SC_FORBIDDEN, "oneroster.scope.missing", "forbidden");
		}

		void write(HttpServletRequest request, HttpServletResponse response, int status, String key, String codeMinor)
				throws IOException {
			String description = messages.getMessage(key, null, key, locales.resolveLocale(request));
			response.setStatus(status);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			mapper.writeValue(response.getOutputStream(), Imsx.failure(description, codeMinor));
		}
	}
}
