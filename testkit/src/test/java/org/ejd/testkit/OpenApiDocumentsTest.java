package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiDocumentsTest {

	private static final String COMMITTED = """
			{
			  "paths" : {
			    "/api/diary/students/{studentId}/marks" : {
			      "get" : {
			        "operationId" : "marks_marks"
			      }
			    }
			  }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void theCommittedDocumentPasses() throws Exception {
		Path file = Files.writeString(dir.resolve("diary.json"), COMMITTED);
		assertThatCode(() -> OpenApiDocuments.compare(file, COMMITTED, dir.resolve("served.json"))).doesNotThrowAnyException();
	}

	@Test
	void aChangedContractFailsWithTheLinesThatDifferAndHowToRegenerate() throws Exception {
		Path file = Files.writeString(dir.resolve("diary.json"), COMMITTED);
		String served = COMMITTED.replace("marks_marks", "marks_list");
		assertThatThrownBy(() -> OpenApiDocuments.compare(file, served, dir.resolve("served.json")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("-        \"operationId\" : \"marks_marks\"")
			.hasMessageContaining("+        \"operationId\" : \"marks_list\"")
			.hasMessageContaining("@@ line 5 @@")
			.hasMessageContaining("-Dejd.openapi.write=true");
	}

	@Test
	void aServiceWithoutACommittedDocumentFails() {
		assertThatThrownBy(() -> OpenApiDocuments.compare(dir.resolve("missing.json"), COMMITTED, dir.resolve("served.json")))
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void anOperationWithoutTextsAndTextsOfNoOperationAreBothNamed() {
		String yaml = """
				operations:
				  marks_marks:
				    summary: { ru: "Оценки", en: "Marks" }
				    description: { ru: "Оценки ученика.", en: "A student's marks." }
				  marks_gone:
				    summary: { ru: "Было", en: "Gone" }
				    description: { ru: "Было.", en: "Gone." }
				""";
		var described = OpenApiDocuments.describedOperations(
				new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

		org.assertj.core.api.Assertions.assertThat(OpenApiDocuments.textMismatches(COMMITTED, described))
			.containsExactly("texts for no operation: marks_gone");
		org.assertj.core.api.Assertions.assertThat(OpenApiDocuments.textMismatches(
				COMMITTED.replace("marks_marks", "marks_week"), java.util.Set.of("marks_marks")))
			.containsExactly("no texts for marks_week", "texts for no operation: marks_marks");
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<String> breaches(String operation) {
		return OpenApiDocuments.conventionBreaches(JSON.readTree("{\"paths\":{\"/api/x\":" + operation + "}}"));
	}

	@Test
	void aCappedListWithACursorAndItsSuccessKeepsTheConventions() {
		assertThat(breaches("""
				{"get":{"parameters":[{"in":"query","name":"cursor","schema":{"type":"string","maxLength":512}},
				  {"in":"query","name":"limit","schema":{"type":"integer","format":"int32","minimum":1,"maximum":100}}],
				 "responses":{"200":{"description":"ok","headers":{"Link":{"$ref":"#/components/headers/Link"}}}}},
				 "delete":{"responses":{"204":{"description":"gone"}}}}
				""")).isEmpty();
	}

	@Test
	void aStringParameterOrBodyPropertyWithoutItsLimitBreaksTheConventions() {
		JsonNode document = JSON.readTree("""
				{"paths":{"/api/x/{code}":{"post":{
				   "parameters":[{"in":"path","name":"code","schema":{"type":"string"}},
				     {"in":"query","name":"day","schema":{"type":"string","format":"date"}},
				     {"in":"query","name":"kind","schema":{"type":"string","enum":["a","b"]}},
				     {"$ref":"#/components/parameters/Key"}],
				   "requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Body"}}}},
				   "responses":{"201":{"description":"created"}}}}},
				 "components":{"parameters":{"Key":{"in":"header","name":"Key","schema":{"type":"string","maxLength":200}}},
				   "schemas":{"Body":{"type":"object","properties":{"name":{"type":"string","maxLength":100},
				     "note":{"type":["string","null"]},"tags":{"type":"array","maxItems":3,"items":{"type":"string"}},
				     "self":{"$ref":"#/components/schemas/Body"}}}}}}
				""");
		assertThat(OpenApiDocuments.conventionBreaches(document)).containsExactly(
				"POST /api/x/{code}: path parameter code: a string without maxLength (or a format, or enum)",
				"POST /api/x/{code}: body application/json.note: a string without maxLength (or a format, or enum)",
				"POST /api/x/{code}: body application/json.tags[]: a string without maxLength (or a format, or enum)");
	}

	@Test
	void aListReadByCursorWithoutLinkOrAConditionalReadWithoutETagBreaksTheConventions() {
		assertThat(breaches("""
				{"get":{"parameters":[{"in":"query","name":"cursor","schema":{"type":"string","maxLength":512}},
				  {"in":"query","name":"limit","schema":{"type":"integer","format":"int32","minimum":1,"maximum":100}},
				  {"in":"header","name":"If-None-Match","schema":{"type":"string","maxLength":8192}}],
				 "responses":{"200":{"description":"ok"}}},
				 "delete":{"deprecated":true,"responses":{"204":{"description":"gone"}}}}
				""")).containsExactly(
						"GET /api/x: a list read by cursor sends the next page in Link, but its 200 does not declare Link",
						"GET /api/x: a read that takes If-None-Match declares ETag on its 200 and a 304",
						"DELETE /api/x: a deprecated operation declares Deprecation and Sunset on its 204");
	}

	@Test
	void aWriteTakingIfMatchWithout412Or428OrItsNewETagBreaksTheConventions() {
		assertThat(breaches("""
				{"put":{"parameters":[{"in":"header","name":"If-Match","schema":{"type":"string","maxLength":200}}],
				 "responses":{"200":{"description":"ok"},"412":{"description":"stale"}}},
				 "delete":{"parameters":[{"in":"header","name":"If-Match","schema":{"type":"string","maxLength":200}}],
				 "responses":{"204":{"description":"gone"},"412":{"description":"stale"},"428":{"description":"missing"}}},
				 "patch":{"parameters":[{"in":"header","name":"If-Match","schema":{"type":"string","maxLength":200}}],
				 "responses":{"200":{"description":"ok","headers":{"ETag":{"$ref":"#/components/headers/ETag"}}},
				   "412":{"description":"stale"},"428":{"description":"missing"}}}}
				""")).containsExactly(
						"PUT /api/x: a write that takes If-Match declares 412 (stale) and 428 (missing)",
						"PUT /api/x: a write that takes If-Match declares the new ETag on its 200");
	}

	@Test
	void aLimitWithoutItsCapOrBelowOneBreaksTheConventions() {
		assertThat(breaches("""
				{"get":{"parameters":[{"in":"query","name":"limit","schema":{"type":"integer","format":"int32",
				  "minimum":-2147483648,"maximum":2147483647}}],"responses":{"200":{"description":"ok"}}}}
				""")).singleElement().asString().startsWith("GET /api/x: limit must be an integer from 1 to the list's cap");
	}

	@Test
	void aCursorWithoutALimitBreaksTheConventions() {
		assertThat(breaches("""
				{"get":{"parameters":[{"in":"query","name":"cursor","schema":{"type":"string","maxLength":512}}],
				 "responses":{"200":{"description":"ok","headers":{"Link":{"$ref":"#/components/headers/Link"}}}}}}
				""")).containsExactly("GET /api/x: a list read by cursor takes a limit");
	}

	@Test
	void aWriteWithoutASuccessOrA204WithABodyBreaksTheConventions() {
		assertThat(breaches("""
				{"post":{"responses":{"400":{"description":"bad"}}},
				 "delete":{"responses":{"204":{"description":"gone","content":{"*/*":{"schema":{"type":"object"}}}}}}}
				""")).containsExactly("POST /api/x: documents no success answer",
						"DELETE /api/x: a 204 has no body, but content is documented");
	}

	@Test
	void rawBytesDocumentedAsJsonBreakTheConventions() {
		assertThat(breaches("""
				{"post":{"requestBody":{"content":{"application/json":{"schema":{"type":"string","format":"byte"}}}},
				 "responses":{"201":{"description":"created"}}}}
				""")).singleElement().asString().contains("raw bytes is documented as application/json");
	}
	private static List<String> exampleBreaches(String operation) {
		return OpenApiDocuments.exampleBreaches(JSON.readTree("""
				{"components":{"schemas":{"Mark":{"type":"object","required":["studentId","value"],"properties":{
				  "studentId":{"type":"string","format":"uuid","example":"3f2b8c1e-7a4d-4e6b-9c1a-2d5e8f0a7b3c"},
				  "value":{"type":"string","pattern":"^[1-5]$","example":"5"},
				  "comment":{"type":["string","null"],"maxLength":10,"example":"Болезнь"}}},
				 "Bare":{"type":"object","properties":{"note":{"type":"integer"}}}}},
				 "paths":{"/api/x":""" + operation + "}}"));
	}

	@Test
	void aBodyWhosePropertiesCarryTrueExamplesAndAProblemWithItsOwnExampleKeepTheConventions() {
		assertThat(exampleBreaches("""
				{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Mark"}}}},
				 "responses":{"201":{"content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/components/schemas/Mark"}}}}},
				  "400":{"content":{"application/problem+json":{"schema":{"type":"object","required":["status"],
				    "properties":{"status":{"type":"integer"}}},"example":{"status":400}}}}}}}
				""")).isEmpty();
	}

	@Test
	void anExampleThatDoesNotMatchItsSchemaIsNamedWithWhere() {
		assertThat(exampleBreaches("""
				{"post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Mark"},
				  "example":{"studentId":"not-a-uuid","value":"7"}}}},
				 "responses":{"204":{"description":"done"}}}}
				""")).singleElement().asString()
			.startsWith("POST /api/x request body (application/json): the example {\"studentId\":\"not-a-uuid\",\"value\":\"7\"} does not match");
	}

	@Test
	void aPropertysExampleOutsideItsPatternIsNamedWithItsSchema() {
		List<String> breaches = OpenApiDocuments.exampleBreaches(JSON.readTree("""
				{"components":{"schemas":{"Mark":{"type":"object","properties":{
				  "value":{"type":"string","pattern":"^[1-5]$","example":"отлично"}}}}}}
				"""));
		assertThat(breaches).singleElement().asString().startsWith("#/components/schemas/Mark.value: the example \"отлично\"");
	}

	@Test
	void aJsonBodyOrSuccessWithoutAnyExampleIsNamed() {
		assertThat(exampleBreaches("""
				{"put":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Bare"}}}},
				 "responses":{"200":{"content":{"application/json":{"schema":{"type":"object","properties":{"n":{"type":"integer"}}}}}},
				  "404":{"content":{"application/problem+json":{"schema":{"type":"object"}}}}}}}
				""")).containsExactly(
						"PUT /api/x request body (application/json): no example (give the body one in openapi/operations.yml, "
								+ "or @Schema(example = …) on the properties that have none)",
						"PUT /api/x 200 (application/json): no example (give the body one in openapi/operations.yml, "
								+ "or @Schema(example = …) on the properties that have none)");
	}

	@Test
	void aPlaceholderAnywhereInAnExampleIsNamedEvenWhenItMatchesItsSchema() {
		List<String> breaches = OpenApiDocuments.exampleBreaches(JSON.readTree("""
				{"components":{"schemas":{"Lesson":{"type":"object","properties":{
				  "topic":{"type":"string","example":"Пример"},
				  "tags":{"type":"array","items":{"type":"string","example":"Дроби"},"example":["Дроби","string"]}}}}}}
				"""));
		assertThat(breaches).containsExactly(
				"#/components/schemas/Lesson.topic: the example \"Пример\" holds the placeholder «Пример»: give a value an "
						+ "integrator could send or receive",
				"#/components/schemas/Lesson.tags: the example [\"Дроби\",\"string\"] holds the placeholder «string»: give a "
						+ "value an integrator could send or receive");
	}

	@Test
	void freeTextWithoutAnExampleIsNamedSoTheCodeGivesOneOrItsClosedSet() {
		List<String> breaches = OpenApiDocuments.exampleBreaches(JSON.readTree("""
				{"components":{"schemas":{"Row":{"type":"object","properties":{
				  "status":{"type":"string"},
				  "kind":{"type":"string","enum":["mark","lesson"],"example":"mark"},
				  "workDate":{"type":"string","format":"date"},
				  "notes":{"type":"array","items":{"type":"string"}}}}}}}
				"""));
		assertThat(breaches).containsExactly(
				"#/components/schemas/Row.status: free text without an example: give it @Schema(example = …) with a real "
						+ "value, or allowableValues when it is a closed set",
				"#/components/schemas/Row.notes[]: free text without an example: give it @Schema(example = …) with a real "
						+ "value, or allowableValues when it is a closed set");
	}
}
