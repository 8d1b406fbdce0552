package org.ejd.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.junit.jupiter.api.Test;

class ConventionHeadersTest {

	@Test
	void aListReadByCursorDeclaresTheNextPagesLinkOnItsSuccess() {
		Components components = new Components();
		Operation list = operation(new Parameter().in("query").name("cursor"), new Parameter().in("query").name("limit"));

		ApiConventions.conventionHeaders(list, components);

		assertThat(list.getResponses().get("200").getHeaders()).containsOnlyKeys("Link");
		assertThat(list.getResponses().get("200").getHeaders().get("Link").get$ref()).isEqualTo("#/components/headers/Link");
		assertThat(components.getHeaders()).containsOnlyKeys("Link");
	}

	@Test
	void aReadTakingIfNoneMatchDeclaresItsETagAndA304() {
		Components components = new Components();
		Operation read = operation(new Parameter().in("header").name("If-None-Match"));

		ApiConventions.conventionHeaders(read, components);

		assertThat(read.getResponses()).containsKeys("200", "304");
		assertThat(read.getResponses().get("200").getHeaders()).containsOnlyKeys("ETag");
		assertThat(read.getResponses().get("304").getHeaders()).containsOnlyKeys("ETag");
	}

	@Test
	void aDeprecatedOperationDeclaresDeprecationSunsetAndItsSuccessorsLinkAndAPlainOneNothing() {
		Components components = new Components();
		Operation old = operation();
		old.setDeprecated(true);
		Operation plain = operation();

		ApiConventions.conventionHeaders(old, components);
		ApiConventions.conventionHeaders(plain, components);

		assertThat(old.getResponses().get("200").getHeaders()).containsOnlyKeys("Deprecation", "Sunset", "Link");
		assertThat(plain.getResponses().get("200").getHeaders()).isNull();
		assertThat(components.getHeaders().get("Deprecation").getSchema().getPattern()).isEqualTo("^@[0-9]{1,20}$");
	}

	private static Operation operation(Parameter... parameters) {
		Operation operation = new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("ok"))
			.addApiResponse("404", new ApiResponse().$ref("#/components/responses/Problem404")));
		for (Parameter parameter : parameters) {
			operation.addParametersItem(parameter);
		}
		return operation;
	}
}
