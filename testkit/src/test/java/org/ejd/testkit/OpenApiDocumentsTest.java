package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
