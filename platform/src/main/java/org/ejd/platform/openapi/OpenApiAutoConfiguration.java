package org.ejd.platform.openapi;

import java.time.LocalTime;

import org.ejd.platform.security.SecurityProperties;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * One OpenAPI convention for every service, written here once (ADR 0025): the Keycloak security schemes, the
 * problem+json responses each kind of operation can get, the rate-limit headers and the headers of the API's
 * conventions ({@code Idempotency-Key}, {@code If-Match}); each operation's Russian and English texts and its callers
 * (ADR 0053).
 */
@AutoConfiguration(after = org.ejd.platform.security.ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

	@Bean
	GlobalOpenApiCustomizer ejdOpenApiConventions(OpenApiProperties properties, ObjectProvider<SecurityProperties> security,
			Environment environment, ResourceLoader resources) {
		// a time of day (bells, quiet hours) as Jackson writes and reads it: "08:30" or "08:30:00"
		SpringDocUtils.getConfig().replaceWithSchema(LocalTime.class, Schemas.string(18, "Время суток / a time of day")
			.pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$").example("08:30"));
		SecurityProperties tokens = security.getIfAvailable();
		String issuer = properties.issuerUri() != null ? properties.issuerUri()
				: tokens != null ? tokens.issuerUri() : "http://localhost:8081/realms/ejd";
		// texts and callers per operation once the service has its openapi/operations.yml (ADR 0053)
		OperationTexts texts = OperationTexts.onClasspath(resources.getClassLoader()).orElse(null);
		RolesMatrix matrix = texts == null ? RolesMatrix.none()
				: RolesMatrix.onClasspath(environment.getProperty("spring.application.name", ""));
		return new ApiConventions(issuer, tokens == null ? java.util.List.of() : tokens.publicPaths(), new OperationDocs(texts, matrix),
				properties.examplesOrNone());
	}

	@Bean
	GlobalOperationCustomizer ejdProblemResponses() {
		return new ProblemResponses();
	}
}
