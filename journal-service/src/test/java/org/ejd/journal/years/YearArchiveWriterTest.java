package org.ejd.journal.years;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class YearArchiveWriterTest {

	private final UUID enrolled = UUID.randomUUID();

	private final UUID marked = UUID.randomUUID();

	private final UUID named = UUID.randomUUID();

	@Test
	void theStudentsOfAnArchiveAreTheStudentIdOfEveryRowOfItsFilesAndNoOtherId() throws IOException {
		byte[] archive = zip(
				"enrolments.json", "[{\"id\":\"" + UUID.randomUUID() + "\",\"student_id\":\"" + enrolled + "\",\"enrolled_to\":null}]",
				"marks.json", "[{\"id\":\"a\",\"teacher_id\":\"" + UUID.randomUUID() + "\",\"student_id\":\"" + marked
						+ "\",\"weight\":1.5,\"extra\":{\"student_id\":\"" + named + "\"},\"tags\":[\"" + named + "\"]},"
						+ "{\"id\":\"b\",\"student_id\":\"" + enrolled + "\"}]",
				"mark_history.json", "[{\"mark_id\":\"a\",\"student_id\":null}]",
				"subjects.json", "[]",
				"manifest.json", "{\"student_id\":\"" + named + "\"}");

		assertThat(YearArchiveWriter.studentsIn(archive)).as("nested values, other ids and the manifest are not a row's student")
			.containsExactlyInAnyOrder(enrolled, marked);
	}

	private static byte[] zip(String... namesAndContents) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
