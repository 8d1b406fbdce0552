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

	static class Lessons {

		@org.springframework.web.bind.annotation.PostMapping("/lessons")
		@org.ejd.platform.web.SendsETag
		public void record() {
		}

		@org.springframework.web.bind.annotation.DeleteMapping("/lessons/1")
		@org.ejd.platform.web.SendsETag
		public void remove() {
		}

		@org.springframework.web.bind.annotation.GetMapping("/lessons")
		public void list() {
		}
	}

	@Test
	void aHandlerThatSendsAnETagDeclaresItOnItsSuccessWithoutAnyConditionalHeader() throws Exception {
		Components components = new Components();
		Operation created = new Operation().responses(new ApiResponses().addApiResponse("201", new ApiResponse().description("made")));
		Operation removed = new Operation().responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("gone")));
		Operation listed = operation();

		new ProblemResponses().customize(created, new org.springframework.web.method.HandlerMethod(new Lessons(), "record"));
		new ProblemResponses().customize(removed, new org.springframework.web.method.HandlerMethod(new Lessons(), "remove"));
		new ProblemResponses().customize(listed, new org.springframework.web.method.HandlerMethod(new Lessons(), "list"));
		ApiConventions.conventionHeaders(created, components);
		ApiConventions.conventionHeaders(removed, components);
		ApiConventions.conventionHeaders(listed, components);

		assertThat(created.getResponses().get("201").getHeaders()).containsOnlyKeys("ETag");
		assertThat(created.getResponses().get("201").getHeaders().get("ETag").get$ref()).isEqualTo("#/components/headers/ETag");
		assertThat(removed.getResponses().get("204").getHeaders()).isNull();
		assertThat(listed.getResponses().get("200").getHeaders()).isNull();
		assertThat(components.getHeaders()).containsOnlyKeys("ETag");
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
