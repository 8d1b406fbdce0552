package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

/** The OneRoster 1.2 gradebook read: journal's marks as categories, line items, results and score scales. */
class GradebookIT extends OneRosterIT {

	@ParameterizedTest
	@CsvSource({ "categories, category, Category", "lineItems, lineItem, LineItem", "results, result, Result",
			"scoreScales, scoreScale, ScoreScale" })
	void everyCollectionAndEachOfItsRecordsMatchTheOneRosterSchemas(String wrapper, String single, String type) {
		scene("51");
		ApiClient.Response all = api().get(GRADEBOOK + wrapper + "?limit=50", regionToken());
		assertThat(all.status()).as(all.body()).isEqualTo(200);
		assertValid("list." + wrapper, all.json());
		JsonNode records = all.json().get(wrapper);
		assertThat(records.size()).isPositive();
		String id = records.get(0).get("sourcedId").asString();
		ApiClient.Response one = api().get(GRADEBOOK + wrapper + "/" + id, regionToken());
		assertThat(one.status()).as(one.body()).isEqualTo(200);
		assertValid("single." + single, one.json());
	}

	@Test
	void aMarkIsAResultOfItsLineItemInItsClassWithItsScale() {
		Scene scene = scene("51");
		JsonNode result = api().get(GRADEBOOK + "results/" + scene.mark(), regionToken()).json().get("result");
		assertThat(result.get("score").asInt()).isEqualTo(5);
		assertThat(result.get("textScore").asString()).isEqualTo("5");
		assertThat(result.get("scoreDate").asString()).isEqualTo("2026-11-23");
		assertThat(result.get("comment").asString()).isEqualTo("Контрольная работа");
		assertThat(result.at("/student/sourcedId").asString()).isEqualTo(scene.student().toString());
		assertThat(result.at("/class/sourcedId").asString()).isEqualTo(classId(scene));

		JsonNode lineItem = api().get(GRADEBOOK + "lineItems/" + result.at("/lineItem/sourcedId").asString(), regionToken())
			.json().get("lineItem");
		assertThat(lineItem.get("assignDate").asString()).startsWith("2026-11-23");
		assertThat(lineItem.at("/class/sourcedId").asString()).isEqualTo(classId(scene));
		JsonNode category = api().get(GRADEBOOK + "categories/" + lineItem.at("/category/sourcedId").asString(), regionToken())
			.json().get("category");
		assertThat(category.get("title").asString()).isEqualTo("written");
		JsonNode scale = api().get(GRADEBOOK + "scoreScales/" + result.at("/scoreScale/sourcedId").asString(), regionToken())
			.json().get("scoreScale");
		assertThat(scale.get("type").asString()).isEqualTo("five-point");
	}

	@Test
	void aDeletedMarkStaysAResultToBeDeletedAndACorrectionReplacesTheScore() {
		Scene scene = scene("51");
		publish("journal.marks.v1", scene.student(), scene.school(), "journal.mark.deleted", scene.mark(), 3,
				Map.of("markId", scene.mark(), "studentId", scene.student(), "schoolId", scene.school(), "deletedAt",
						"2026-11-24T08:07:00Z", "deletedBy", scene.teacher(), "reason", "Не тому ученику"));
		Eventually.until(() -> api().get(GRADEBOOK + "results/" + scene.mark(), regionToken()).json().at("/result/status").asString(),
				"tobedeleted"::equals, Duration.ofSeconds(30));
		ApiClient.Response delta = api().get(GRADEBOOK + "results?limit=50&filter=" + q("status='tobedeleted'"), regionToken());
		assertThat(ids(delta.json().get("results"))).contains(scene.mark().toString());
	}

	@Test
	void gradebookReadNeedsItsScopeAndForeignMarksAreUnknown() {
		Scene foreign = scene("77");
		assertImsx(api().get(GRADEBOOK + "results/" + foreign.mark(), regionToken()), 404, "unknownobject");
		assertImsx(api().get(GRADEBOOK + "results", token("ejd-oneroster", "roster.readonly")), 403, "forbidden");
		assertImsx(api().get(GRADEBOOK + "results", null), 401, "unauthorisedrequest");
		assertImsx(api().get(GRADEBOOK + "results/" + UUID.randomUUID(), regionToken()), 404, "unknownobject");
		assertImsx(api().get(GRADEBOOK + "results?filter=" + q("score>'five'"), regionToken()), 400, "invalid_filter_field");
	}
}
