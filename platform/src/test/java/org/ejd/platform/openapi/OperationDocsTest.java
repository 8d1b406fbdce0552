package org.ejd.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.junit.jupiter.api.Test;

class OperationDocsTest {

	private static final String TEXTS = """
			operations:
			  lesson_read:
			    summary: { ru: "Урок", en: "A lesson" }
			    description: { ru: "Тема, домашнее задание.", en: "Its topic and homework." }
			  schedule_read:
			    summary: { ru: "Расписание для ФГИС", en: "The schedule for FGIS" }
			    description: { ru: "Расписание ученика.", en: "A student's schedule." }
			  status_read:
			    summary: { ru: "Состояние", en: "Status" }
			    description: { ru: "Работает ли дневник.", en: "Whether the diary works." }
			""";

	private static final String MATRIX = """
			{"callers": {"admin": "school-admin of the school", "teacher": "teacher assigned the subject"},
			 "scopes": {"fgis.schedule": "Расписание для ФГИС / the schedule for FGIS"},
			 "services": {"journal-service": {
			   "endpoints": [{"method": "GET", "path": "/api/journal/lessons/{id}", "call": "/x",
			                  "expect": {"admin": 200, "teacher": 200, "*": 404}, "note": "the marks rule"}],
			   "left": [{"method": "GET", "path": "/Schedule/{esiaId}", "rule": "fgis clients listed in ejd.diary.fgis.clients",
			             "why": "the suite has no FGIS client (FgisScheduleIT)",
			             "scopes": ["fgis.schedule"]}]}}}
			""";

	@Test
	void anOperationGetsItsRussianSummaryThenRussianAndEnglishTextThenItsCallers() {
		OpenAPI api = apply(TEXTS);
		Operation lesson = api.getPaths().get("/api/journal/lessons/{lessonId}").getGet();

		assertThat(lesson.getSummary()).isEqualTo("Урок");
		assertThat(lesson.getExtensions()).containsEntry(OperationDocs.SUMMARY_EN, "A lesson");
		assertThat(lesson.getDescription()).startsWith("Тема, домашнее задание.\n\n**A lesson.** Its topic and homework.\n\nДоступ / access: ")
			.contains("allowed school-admin of the school → 200, teacher assigned the subject → 200; refused every other caller → 404. The marks rule.");
	}

	@Test
	void theCallersTheMatrixRunsAreListedAsAllowedAndRefused() {
		Operation lesson = apply(TEXTS).getPaths().get("/api/journal/lessons/{lessonId}").getGet();

		@SuppressWarnings("unchecked")
		Map<String, Object> roles = (Map<String, Object>) lesson.getExtensions().get(OperationDocs.ROLES);
		assertThat(roles.get("allowed")).isEqualTo(List.of(
				Map.of("caller", "admin", "who", "school-admin of the school", "answer", 200),
				Map.of("caller", "teacher", "who", "teacher assigned the subject", "answer", 200)));
		assertThat(roles.get("refused")).isEqualTo(List.of(Map.of("caller", "*", "who", "every other caller", "answer", 404)));
		assertThat(roles).containsEntry("condition", "the marks rule");
		assertThat(lesson.getSecurity()).as("the document's one requirement stays").isNull();
	}

	@Test
	void anOperationThatNeedsAScopeRequiresItAndTheSchemeOffersIt() {
		OpenAPI api = apply(TEXTS);
		Operation schedule = api.getPaths().get("/Schedule/{esiaId}").getGet();

		assertThat(schedule.getSecurity()).containsExactly(new SecurityRequirement().addList("keycloak", "fgis.schedule"));
		assertThat(schedule.getDescription()).endsWith("Доступ / access (scope fgis.schedule): fgis clients listed in ejd.diary.fgis.clients.");
		assertThat(api.getComponents().getSecuritySchemes().get("keycloak").getFlows().getClientCredentials().getScopes())
			.containsEntry("fgis.schedule", "Расписание для ФГИС / the schedule for FGIS");
	}

	@Test
	void anOpenOperationSaysItNeedsNoToken() {
		Operation status = apply(TEXTS).getPaths().get("/api/status").getGet();

		assertThat(status.getDescription()).endsWith("Доступ / access: без токена / no token needed.");
		assertThat(status.getExtensions()).doesNotContainKey(OperationDocs.ROLES);
	}

	@Test
	void aServiceWithoutTheFileKeepsItsDocumentAsItWas() {
		OpenAPI api = document();
		new OperationDocs(null, matrix()).apply(api);

		Operation lesson = api.getPaths().get("/api/journal/lessons/{lessonId}").getGet();
		assertThat(lesson.getSummary()).isNull();
		assertThat(lesson.getDescription()).isNull();
		assertThat(lesson.getExtensions()).isNull();
	}

	@Test
	void anOperationWithoutTextsAndTextsOfNoOperationAreNamed() {
		OperationTexts texts = texts(TEXTS);

		assertThat(texts.mismatches(List.of("lesson_read", "schedule_read", "lesson_cancel")))
			.containsExactly("no texts for the operation lesson_cancel", "texts for an operation that does not exist: status_read");
		assertThat(texts.mismatches(List.of("lesson_read", "schedule_read", "status_read"))).isEmpty();
	}

	@Test
	void anEntryWithoutItsEnglishTextIsRefused() {
		assertThatThrownBy(() -> texts("""
				operations:
				  lesson_read:
				    summary: { ru: "Урок", en: "A lesson" }
				    description: { ru: "Тема." }
				""")).hasMessageContaining("lesson_read has no description.en");
	}

	@Test
	void theFilesExamplesGoOnTheRequestBodyAndTheFirstSuccessAnswer() {
		OpenAPI api = document();
		Operation lesson = api.getPaths().get("/api/journal/lessons/{lessonId}").getGet();
		lesson.setRequestBody(new io.swagger.v3.oas.models.parameters.RequestBody().content(new io.swagger.v3.oas.models.media.Content()
			.addMediaType("application/json", new io.swagger.v3.oas.models.media.MediaType())));
		lesson.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses()
			.addApiResponse("200", new io.swagger.v3.oas.models.responses.ApiResponse().content(new io.swagger.v3.oas.models.media.Content()
				.addMediaType("application/json", new io.swagger.v3.oas.models.media.MediaType())
				.addMediaType("text/csv", new io.swagger.v3.oas.models.media.MediaType())))
			.addApiResponse("404", new io.swagger.v3.oas.models.responses.ApiResponse().$ref("#/components/responses/Problem404")));
		new OperationDocs(texts(TEXTS.replace("""
				    description: { ru: "Тема, домашнее задание.", en: "Its topic and homework." }
				""", """
				    description: { ru: "Тема, домашнее задание.", en: "Its topic and homework." }
				    examples:
				      request: { "topic": "Дроби" }
				      response: { "id": "b80bb774-0288-3da1-b201-890375a60c8f", "topic": "Дроби" }
				""")), matrix()).apply(api);

		assertThat(lesson.getRequestBody().getContent().get("application/json").getExample()).isEqualTo(Map.of("topic", "Дроби"));
		assertThat(lesson.getResponses().get("200").getContent().get("application/json").getExample())
			.isEqualTo(Map.of("id", "b80bb774-0288-3da1-b201-890375a60c8f", "topic", "Дроби"));
		assertThat(lesson.getResponses().get("200").getContent().get("text/csv").getExample()).as("JSON only").isNull();
	}

	@Test
	void anExampleOfABodyTheOperationDoesNotHaveIsRefused() {
		assertThatThrownBy(() -> apply(TEXTS.replace("""
				    description: { ru: "Работает ли дневник.", en: "Whether the diary works." }
				""", """
				    description: { ru: "Работает ли дневник.", en: "Whether the diary works." }
				    examples:
				      request: { "up": true }
				"""))).hasMessageContaining("status_read has a request example but no JSON request body");
		assertThatThrownBy(() -> texts(TEXTS.replace("""
				    description: { ru: "Работает ли дневник.", en: "Whether the diary works." }
				""", """
				    description: { ru: "Работает ли дневник.", en: "Whether the diary works." }
				    examples:
				      answer: { "up": true }
				"""))).hasMessageContaining("status_read.examples.answer is neither request nor response");
	}

	@Test
	void theBuildPutsTheRolesAndScopesTableIntoThePlatformJar() {
		RolesMatrix journal = RolesMatrix.onClasspath("journal-service");

		assertThat(journal.of("POST", "/api/journal/marks")).hasValueSatisfying(access -> assertThat(access.allowed()).isNotEmpty());
		assertThat(RolesMatrix.onClasspath("no-such-service").of("POST", "/api/journal/marks")).isEmpty();
	}

	private static OpenAPI apply(String yaml) {
		OpenAPI api = document();
		new OperationDocs(texts(yaml), matrix()).apply(api);
		return api;
	}

	private static OperationTexts texts(String yaml) {
		return OperationTexts.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
	}

	private static RolesMatrix matrix() {
		return RolesMatrix.read(new ByteArrayInputStream(MATRIX.getBytes(StandardCharsets.UTF_8)), "journal-service");
	}

	private static OpenAPI document() {
		Paths paths = new Paths();
		paths.addPathItem("/api/journal/lessons/{lessonId}", new PathItem().get(new Operation().operationId("lesson_read")));
		paths.addPathItem("/Schedule/{esiaId}", new PathItem().get(new Operation().operationId("schedule_read")));
		paths.addPathItem("/api/status", new PathItem().get(new Operation().operationId("status_read").security(List.of())));
		SecurityScheme keycloak = new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
			.flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("https://k/token").scopes(new Scopes())));
		return new OpenAPI().paths(paths).components(new Components().addSecuritySchemes("keycloak", keycloak));
	}
}
