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
}
