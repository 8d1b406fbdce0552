package org.ejd.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.junit.jupiter.api.Test;

class ProblemExamplesTest {

	@Test
	void everyDocumentedErrorStatusHasAnExampleWithThatStatusAndThePlatformsRussianText() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("ejd-platform-messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		ApiConventions.PROBLEMS.keySet().forEach(status -> {
			Map<String, Object> example = ProblemExamples.of(status);
			assertThat(example).as(status).containsEntry("status", Integer.parseInt(status));
			String code = (String) example.getOrDefault("code", "problem.http." + status);
			String text = messages.getProperty(code);
			assertThat(text).as("the message of " + code).isNotNull();
			assertThat((String) example.get("detail")).as(status)
				.isEqualTo(text.replace("{0}", status.equals("413") ? "256" : "30"));
		});
	}

	@Test
	void aControllersOwnProblemAnswerWithoutAnExampleGetsItsStatussAndOneWithAnExampleKeepsIt() {
		MediaType own = new MediaType();
		MediaType given = new MediaType().example(Map.of("status", 409, "detail", "Уже выдан"));
		Operation operation = new Operation().responses(new ApiResponses()
			.addApiResponse("404", new ApiResponse().content(new Content().addMediaType(ApiConventions.PROBLEM_JSON, own)))
			.addApiResponse("409", new ApiResponse().content(new Content().addMediaType(ApiConventions.PROBLEM_JSON, given))));

		ProblemExamples.addTo(operation);

		assertThat(own.getExample()).isEqualTo(ProblemExamples.of("404"));
		assertThat(given.getExample()).isEqualTo(Map.of("status", 409, "detail", "Уже выдан"));
	}
}
