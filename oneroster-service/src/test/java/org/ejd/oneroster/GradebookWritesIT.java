package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Gradebook writes (ADR 0042): a client bound to a school puts line items and results under its own sourcedIds; a
 * result goes to the journal as oneroster.result.submitted and comes back in reads once the journal's mark does. It
 * deletes them (ADR 0046): they read tobedeleted and each deleted result goes to the journal as oneroster.result.withdrawn.
 */
class GradebookWritesIT extends OneRosterIT {

	private final EventContracts contracts = new EventContracts();

	@Test
	void aBoundClientPutsALineItemAndAResultThatGoesToTheJournalAndComesBackInReads() {
		Scene scene = scene(school(BOUND_SCHOOL, "51"));
		String token = writer();
		String lineItem = "li-" + UUID.randomUUID();
		ApiClient.Response created = put(GRADEBOOK + "lineItems/" + lineItem, token, lineItem(lineItem, scene, "Тест по дробям"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertValid("single.lineItem", created.json());
		assertThat(created.json().at("/lineItem/title").asString()).isEqualTo("Тест по дробям");
		ApiClient.Response renamed = put(GRADEBOOK + "lineItems/" + lineItem, token, lineItem(lineItem, scene, "Тест: дроби"));
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(api().get(GRADEBOOK + "lineItems/" + lineItem, token).json().at("/lineItem/title").asString())
			.isEqualTo("Тест: дроби");

		String result = "res-" + UUID.randomUUID();
		ApiClient.Response put = put(GRADEBOOK + "results/" + result, token, result(result, lineItem, scene.student(), 4));
		assertThat(put.status()).as(put.body()).isEqualTo(201);
		assertValid("single.result", put.json());
		JsonNode submitted = submitted(result, 1);
		assertThat(submitted.at("/data/clientId").asString()).isEqualTo("ejd-oneroster-school");
		assertThat(submitted.at("/data/classGroupId").asString()).isEqualTo(scene.group().toString());
		assertThat(submitted.at("/data/subjectId").asString()).isEqualTo(scene.subject().toString());
		assertThat(submitted.at("/data/workType").asString()).isEqualTo("test");
		assertThat(submitted.at("/data/workDate").asString()).isEqualTo("2026-11-25");
		assertThat(submitted.at("/data/value").asString()).isEqualTo("4");

		// the journal posts it as the teacher's mark, recording the client
		UUID markId = UUID.fromString(submitted.at("/data/markId").asString());
		journalPosts(scene, markId, "4");
		JsonNode read = Eventually.until(() -> api().get(GRADEBOOK + "results/" + result, token), r -> r.status() == 200,
				Duration.ofSeconds(30)).json();
		assertValid("single.result", read);
		assertThat(read.at("/result/score").asInt()).isEqualTo(4);
		assertThat(read.at("/result/lineItem/sourcedId").asString()).isEqualTo(lineItem);
		assertThat(read.at("/result/student/sourcedId").asString()).isEqualTo(scene.student().toString());
		assertThat(ids(api().get(GRADEBOOK + "results?limit=50&filter=" + q("sourcedId='" + result + "'"), token).json()
			.get("results"))).containsExactly(result);

		ApiClient.Response again = put(GRADEBOOK + "results/" + result, token, result(result, lineItem, scene.student(), 5));
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		JsonNode resubmitted = submitted(result, 2);
		assertThat(resubmitted.at("/data/markId").asString()).isEqualTo(markId.toString());
		assertThat(resubmitted.at("/data/value").asString()).isEqualTo("5");
	}

	@Test
	void writesNeedTheScopeAndStayWithinTheClientsSchoolsItsClassesAndItsOwnResults() {
		Scene scene = scene(school(BOUND_SCHOOL, "51"));
		Scene foreign = scene("77");
		String token = writer();
		String lineItem = "li-" + UUID.randomUUID();
		assertImsx(put(GRADEBOOK + "lineItems/" + lineItem, token("ejd-oneroster-school", "gradebook.readonly"),
				lineItem(lineItem, scene, "Тест")), 403, "forbidden");
		assertImsx(put(GRADEBOOK + "lineItems/" + lineItem, null, lineItem(lineItem, scene, "Тест")), 401,
				"unauthorisedrequest");
		assertImsx(put(GRADEBOOK + "lineItems/" + lineItem, token, lineItem(lineItem, foreign, "Тест")), 400, "invaliddata");
		assertImsx(put(GRADEBOOK + "lineItems/" + lineItem, token, Map.of("title", "без обёртки")), 400, "invaliddata");
		assertThat(put(GRADEBOOK + "lineItems/" + lineItem, token, lineItem(lineItem, scene, "Тест")).status()).isEqualTo(201);
		// another client with write access to the school may not take the line item over
		assertImsx(put(GRADEBOOK + "lineItems/" + lineItem, regionToken(), lineItem(lineItem, scene, "Чужой")), 409,
				"invaliddata");

		String result = "res-" + UUID.randomUUID();
		UUID stranger = UUID.randomUUID();
		assertImsx(put(GRADEBOOK + "results/" + result, token, result(result, lineItem, stranger, 5)), 400, "invaliddata");
		assertImsx(put(GRADEBOOK + "results/" + result, token, result(result, "li-unknown", scene.student(), 5)), 400,
				"invaliddata");
		assertImsx(put(GRADEBOOK + "results/" + result, token, result(result, lineItem, scene.student(), 7)), 400,
				"invaliddata");
		// the teacher's own mark is not the client's to change
		assertImsx(put(GRADEBOOK + "results/" + scene.mark(), token, result(scene.mark().toString(), lineItem,
				scene.student(), 5)), 409, "invaliddata");
		assertThat(jdbc.sql("select count(*) from client_result where sourced_id in (?, ?)").params(result, scene.mark().toString())
			.query(Integer.class).single()).isZero();

		assertThat(put(GRADEBOOK + "results/" + result, token, result(result, lineItem, scene.student(), 5)).status())
			.isEqualTo(201);
		assertImsx(put(GRADEBOOK + "results/" + result, regionToken(), result(result, lineItem, scene.student(), 3)), 409,
				"invaliddata");
	}

	@Test
	void aClientDeletesItsResultTheJournalIsToldAndReadsShowItTobedeleted() {
		Scene scene = scene(school(BOUND_SCHOOL, "51"));
		String token = deleter();
		String lineItem = "li-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "lineItems/" + lineItem, token, lineItem(lineItem, scene, "Диктант")).status()).isEqualTo(201);
		String result = "res-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "results/" + result, token, result(result, lineItem, scene.student(), 3)).status()).isEqualTo(201);
		UUID markId = UUID.fromString(submitted(result, 1).at("/data/markId").asString());
		journalPosts(scene, markId, "3");
		Eventually.until(() -> api().get(GRADEBOOK + "results/" + result, token), r -> r.status() == 200, Duration.ofSeconds(30));

		ApiClient.Response deleted = api().send("DELETE", GRADEBOOK + "results/" + result, token, null, Map.of());
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		JsonNode withdrawn = withdrawn(result);
		assertThat(withdrawn.at("/data/markId").asString()).isEqualTo(markId.toString());
		assertThat(withdrawn.at("/data/clientId").asString()).isEqualTo("ejd-oneroster-school");
		assertThat(withdrawn.at("/data/studentId").asString()).isEqualTo(scene.student().toString());
		assertThat(withdrawn.get("version").asLong()).isEqualTo(2);
		JsonNode read = api().get(GRADEBOOK + "results/" + result, token).json();
		assertValid("single.result", read);
		assertThat(read.at("/result/status").asString()).isEqualTo("tobedeleted");

		// deleting again changes nothing and tells the journal nothing more; the sourcedId is not put again
		assertThat(api().send("DELETE", GRADEBOOK + "results/" + result, token, null, Map.of()).status()).isEqualTo(204);
		assertImsx(put(GRADEBOOK + "results/" + result, token, result(result, lineItem, scene.student(), 4)), 409, "invaliddata");
		assertThat(EventProbe.readAll("oneroster.results.v1", Duration.ofSeconds(2)).stream()
			.filter(r -> r.value().contains("oneroster.result.withdrawn") && r.value().contains(result)).count()).isEqualTo(1);
	}

	@Test
	void deletingALineItemDeletesEachOfItsResultsAndNoResultIsPutAgainstItAfterwards() {
		Scene scene = scene(school(BOUND_SCHOOL, "51"));
		String token = deleter();
		String lineItem = "li-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "lineItems/" + lineItem, token, lineItem(lineItem, scene, "Самостоятельная")).status())
			.isEqualTo(201);
		String first = "res-" + UUID.randomUUID();
		String second = "res-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "results/" + first, token, result(first, lineItem, scene.student(), 5)).status()).isEqualTo(201);
		assertThat(put(GRADEBOOK + "results/" + second, token, result(second, lineItem, scene.student(), 4)).status())
			.isEqualTo(201);

		ApiClient.Response deleted = api().send("DELETE", GRADEBOOK + "lineItems/" + lineItem, token, null, Map.of());
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		withdrawn(first);
		withdrawn(second);
		JsonNode read = api().get(GRADEBOOK + "lineItems/" + lineItem, token).json();
		assertValid("single.lineItem", read);
		assertThat(read.at("/lineItem/status").asString()).isEqualTo("tobedeleted");
		String third = "res-" + UUID.randomUUID();
		assertImsx(put(GRADEBOOK + "results/" + third, token, result(third, lineItem, scene.student(), 5)), 409, "invaliddata");
		assertImsx(put(GRADEBOOK + "lineItems/" + lineItem, token, lineItem(lineItem, scene, "Снова")), 409, "invaliddata");
	}

	@Test
	void deletesNeedTheScopeAndStayWithTheClientsOwnRecordsInItsSchools() {
		Scene scene = scene(school(BOUND_SCHOOL, "51"));
		Scene otherSchool = scene("51");
		String region = token("ejd-oneroster", "gradebook.readonly", "gradebook.createput", "gradebook.delete");
		String lineItem = "li-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "lineItems/" + lineItem, region, lineItem(lineItem, scene, "Зачёт")).status()).isEqualTo(201);
		String regions = "res-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "results/" + regions, region, result(regions, lineItem, scene.student(), 5)).status())
			.isEqualTo(201);
		String foreignItem = "li-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "lineItems/" + foreignItem, region, lineItem(foreignItem, otherSchool, "Зачёт")).status())
			.isEqualTo(201);
		String foreign = "res-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "results/" + foreign, region, result(foreign, foreignItem, otherSchool.student(), 4)).status())
			.isEqualTo(201);

		String school = deleter();
		assertImsx(api().send("DELETE", GRADEBOOK + "results/" + regions, writer(), null, Map.of()), 403, "forbidden");
		assertImsx(api().send("DELETE", GRADEBOOK + "results/" + regions, null, null, Map.of()), 401, "unauthorisedrequest");
		assertImsx(api().send("DELETE", GRADEBOOK + "results/res-unknown", school, null, Map.of()), 404, "unknownobject");
		assertImsx(api().send("DELETE", GRADEBOOK + "lineItems/li-unknown", school, null, Map.of()), 404, "unknownobject");
		// a school outside the client's reach looks unknown; another client's records are not its to delete
		assertImsx(api().send("DELETE", GRADEBOOK + "results/" + foreign, school, null, Map.of()), 404, "unknownobject");
		assertImsx(api().send("DELETE", GRADEBOOK + "lineItems/" + foreignItem, school, null, Map.of()), 404, "unknownobject");
		assertImsx(api().send("DELETE", GRADEBOOK + "results/" + regions, school, null, Map.of()), 409, "invaliddata");
		assertImsx(api().send("DELETE", GRADEBOOK + "lineItems/" + lineItem, school, null, Map.of()), 409, "invaliddata");
		// the teacher's own mark is the journal's
		assertImsx(api().send("DELETE", GRADEBOOK + "results/" + scene.mark(), school, null, Map.of()), 409, "invaliddata");
		assertThat(jdbc.sql("select count(*) from client_result where sourced_id in (?, ?) and deleted_at is null")
			.params(regions, foreign).query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from client_line_item where sourced_id in (?, ?) and deleted_at is null")
			.params(lineItem, foreignItem).query(Integer.class).single()).isEqualTo(2);
	}

	/**
	 * A school's machine app (ADR 0052, 0065): bound nowhere in configuration, its school only in its token's
	 * {@code school_ids}; with the write scopes it puts and deletes results of its school, and of no other.
	 */
	@Test
	void aSchoolsMachineAppWritesResultsOfTheSchoolItsTokenNamesAndOfNoOther() {
		Scene scene = scene("51");
		Scene otherSchool = scene("51");
		MachineApp app = MachineApp.of(scene.school(), "gradebook.readonly", "gradebook.createput", "gradebook.delete");
		String token = app.token("gradebook.readonly", "gradebook.createput", "gradebook.delete");
		String lineItem = "li-" + UUID.randomUUID();
		ApiClient.Response item = put(GRADEBOOK + "lineItems/" + lineItem, token, lineItem(lineItem, scene, "Контрольная"));
		assertThat(item.status()).as(item.body()).isEqualTo(201);
		String result = "res-" + UUID.randomUUID();
		ApiClient.Response put = put(GRADEBOOK + "results/" + result, token, result(result, lineItem, scene.student(), 5));
		assertThat(put.status()).as(put.body()).isEqualTo(201);
		JsonNode submitted = submitted(result, 1);
		assertThat(submitted.at("/data/clientId").asString()).as("the journal binds it by this (ADR 0065)").isEqualTo(app.clientId());
		assertThat(submitted.at("/data/schoolId").asString()).isEqualTo(scene.school().toString());

		// another school is outside its reach, as for a client bound by configuration
		String foreignItem = "li-" + UUID.randomUUID();
		assertImsx(put(GRADEBOOK + "lineItems/" + foreignItem, token, lineItem(foreignItem, otherSchool, "Чужая")), 400,
				"invaliddata");
		String region = token("ejd-oneroster", "gradebook.readonly", "gradebook.createput", "gradebook.delete");
		assertThat(put(GRADEBOOK + "lineItems/" + foreignItem, region, lineItem(foreignItem, otherSchool, "Зачёт")).status())
			.isEqualTo(201);
		String foreign = "res-" + UUID.randomUUID();
		assertThat(put(GRADEBOOK + "results/" + foreign, region, result(foreign, foreignItem, otherSchool.student(), 4)).status())
			.isEqualTo(201);
		assertImsx(api().send("DELETE", GRADEBOOK + "results/" + foreign, token, null, Map.of()), 404, "unknownobject");
		// without the write scopes in its token it writes nothing
		String reader = app.token("gradebook.readonly");
		assertImsx(put(GRADEBOOK + "results/" + result, reader, result(result, lineItem, scene.student(), 4)), 403, "forbidden");
		assertImsx(api().send("DELETE", GRADEBOOK + "results/" + result, reader, null, Map.of()), 403, "forbidden");

		ApiClient.Response deleted = api().send("DELETE", GRADEBOOK + "results/" + result, token, null, Map.of());
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		assertThat(withdrawn(result).at("/data/clientId").asString()).isEqualTo(app.clientId());
	}

	/** A school's machine app's Keycloak client made as identity-service makes it (its {@code KeycloakApps.createMachine}). */
	private record MachineApp(String clientId, String secret) {

		static MachineApp of(UUID school, String... scopes) {
			String clientId = "app-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String secret = UUID.randomUUID().toString();
			Map<String, Object> client = new LinkedHashMap<>();
			client.put("clientId", clientId);
			client.put("secret", secret);
			client.put("enabled", true);
			client.put("protocol", "openid-connect");
			client.put("publicClient", false);
			client.put("clientAuthenticatorType", "client-secret");
			client.put("standardFlowEnabled", false);
			client.put("directAccessGrantsEnabled", false);
			client.put("serviceAccountsEnabled", true);
			client.put("defaultClientScopes", java.util.List.of("web-origins", "acr", "roles", "basic"));
			client.put("optionalClientScopes", java.util.Arrays.stream(scopes).map(s -> OneRosterScopes.PREFIX + s).toList());
			client.put("protocolMappers", java.util.List.of(
					Map.of("name", "school_ids", "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-claim-mapper",
							"config", Map.of("claim.name", "school_ids", "claim.value", school.toString(), "jsonType.label", "String",
									"access.token.claim", "true", "id.token.claim", "false", "introspection.token.claim", "true")),
					Map.of("name", "ejd-api audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
							"config", Map.of("included.custom.audience", "ejd-api", "access.token.claim", "true",
									"id.token.claim", "false", "introspection.token.claim", "true"))));
			java.net.http.HttpResponse<String> created = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
					RealServers.keycloak().url() + "/admin/realms/ejd/clients"))
				.header("Authorization", "Bearer " + RealServers.keycloak().adminToken())
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			return new MachineApp(clientId, secret);
		}

		String token(String... scopes) {
			String scope = java.util.Arrays.stream(scopes).map(s -> OneRosterScopes.PREFIX + s)
				.collect(java.util.stream.Collectors.joining(" "));
			String form = "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secret + "&scope="
					+ q(scope);
			java.net.http.HttpResponse<String> answer = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
					RealServers.keycloak().tokenUri()))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			return JSON.readTree(answer.body()).get("access_token").asString();
		}

		private static java.net.http.HttpResponse<String> send(java.net.http.HttpRequest request) {
			try {
				return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	private static final class OneRosterScopes {

		static final String PREFIX = "https://purl.imsglobal.org/spec/or/v1p2/scope/";
	}

	private static String deleter() {
		return token("ejd-oneroster-school", "gradebook.readonly", "gradebook.createput", "gradebook.delete");
	}

	private JsonNode withdrawn(String sourcedId) {
		ConsumerRecord<String, String> record = EventProbe.await("oneroster.results.v1",
				r -> r.value().contains("\"sourcedId\":\"" + sourcedId + "\"") && r.value().contains("oneroster.result.withdrawn"),
				Duration.ofSeconds(30));
		JsonNode envelope = JSON.readTree(record.value());
		contracts.validate("oneroster.results.v1", envelope);
		return envelope;
	}

	private static String writer() {
		return token("ejd-oneroster-school", "gradebook.readonly", "gradebook.createput");
	}

	private ApiClient.Response put(String path, String token, Object body) {
		return api().send("PUT", path, token, body, Map.of());
	}

	private Map<String, Object> lineItem(String sourcedId, Scene scene, String title) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("sourcedId", sourcedId);
		item.put("status", "active");
		item.put("dateLastModified", "2026-11-25T08:00:00.000Z");
		item.put("title", title);
		item.put("assignDate", "2026-11-25T00:00:00.000Z");
		item.put("dueDate", "2026-11-25T00:00:00.000Z");
		item.put("class", Map.of("sourcedId", classId(scene), "type", "class"));
		item.put("school", Map.of("sourcedId", scene.school().toString(), "type", "org"));
		item.put("category", Map.of("sourcedId", categoryOfAnySchool(scene), "type", "category"));
		return Map.of("lineItem", item);
	}

	/** The test category of the scene's school, derived as the facade does (a foreign school's is not readable). */
	private String categoryOfAnySchool(Scene scene) {
		return jdbc.sql("select md5('category|' || ?::text || '|test')::uuid::text").param(scene.school()).query(String.class)
			.single();
	}

	private static Map<String, Object> result(String sourcedId, String lineItem, UUID student, int score) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("sourcedId", sourcedId);
		result.put("status", "active");
		result.put("dateLastModified", "2026-11-25T09:00:00.000Z");
		result.put("lineItem", Map.of("sourcedId", lineItem, "type", "lineItem"));
		result.put("student", Map.of("sourcedId", student.toString(), "type", "user"));
		result.put("scoreStatus", "fully graded");
		result.put("score", score);
		result.put("scoreDate", "2026-11-25");
		result.put("comment", "Тест в электронном учебнике");
		return Map.of("result", result);
	}

	private JsonNode submitted(String sourcedId, long version) {
		ConsumerRecord<String, String> record = EventProbe.await("oneroster.results.v1",
				r -> r.value().contains("\"sourcedId\":\"" + sourcedId + "\"") && r.value().contains("\"version\":" + version),
				Duration.ofSeconds(30));
		JsonNode envelope = JSON.readTree(record.value());
		contracts.validate("oneroster.results.v1", envelope);
		assertThat(envelope.get("type").asString()).isEqualTo("oneroster.result.submitted");
		return envelope;
	}

	private static void journalPosts(Scene scene, UUID markId, String value) {
		Map<String, Object> mark = new LinkedHashMap<>();
		mark.putAll(Map.of("markId", markId, "studentId", scene.student(), "schoolId", scene.school(), "classGroupId", scene.group(),
				"subjectId", scene.subject(), "subjectName", "Математика", "teacherId", scene.teacher(), "value", value,
				"numericValue", Integer.parseInt(value), "scale", "five-point"));
		mark.putAll(Map.of("workType", "test", "weight", 2, "workDate", "2026-11-25", "enteredAt", "2026-11-25T10:00:00Z",
				"onTime", true, "comment", "Тест в электронном учебнике", "enteredByClient", "ejd-oneroster-school"));
		publish("journal.marks.v1", scene.student(), scene.school(), "journal.mark.posted", markId, 1, mark);
	}
}
