package org.ejd.journal.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HomeworkAttachmentIT extends JournalIT {

	@Test
	void aTeacherAttachesAHomeworkFileAndTheDiaryGetsASignedLinkThatOnlyWorksUntampered() {
		School school = school();
		String lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 8, "homework", "Задачи на листе")).json().get("id").asString();
		String pdf = "%PDF-1.4 задачи на дроби";
		Response attached = api().send("POST", "/api/journal/lessons/" + lesson + "/attachments?file=zadachi.pdf",
				school.teacherToken(), pdf, Map.of("Content-Type", "application/pdf"));
		assertThat(attached.status()).as(attached.toString()).isEqualTo(201);

		var event = EventProbe.await("journal.lessons.v1", r -> r.value().contains(lesson) && r.value().contains("zadachi.pdf"),
				Duration.ofSeconds(30));
		JsonNode envelope = JsonMapper.builder().build().readTree(event.value());
		new EventContracts().validate("journal.lessons.v1", envelope);
		String href = envelope.get("data").get("attachments").get(0).get("href").asString();

		Response download = api().get(href, null);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().get("content-disposition")).contains("zadachi.pdf");
		int at = href.indexOf("signature=") + "signature=".length();
		String tampered = href.substring(0, at) + (href.charAt(at) == '0' ? '1' : '0') + href.substring(at + 1);
		assertThat(api().get(tampered, null).status()).isEqualTo(404);
		assertThat(api().get(href.replaceAll("expires=\\d+", "expires=9999999999"), null).status()).isEqualTo(404);
	}

	@Test
	void programsAndOversizedFilesAreRefusedWithoutStoringAnything() {
		School school = school();
		String lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 9)).json().get("id").asString();
		Response program = api().send("POST", "/api/journal/lessons/" + lesson + "/attachments?file=game.exe",
				school.teacherToken(), "MZ...", Map.of("Content-Type", "application/x-msdownload"));
		assertThat(program.status()).isEqualTo(415);
		assertThat(program.isProblem()).isTrue();
		Response huge = api().send("POST", "/api/journal/lessons/" + lesson + "/attachments?file=big.txt",
				school.teacherToken(), "x".repeat(10 * 1024 * 1024 + 1), Map.of("Content-Type", "text/plain"));
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.json().get("detail").asString()).contains("10");
		School other = school();
		assertThat(api().send("POST", "/api/journal/lessons/" + lesson + "/attachments?file=a.txt", other.teacherToken(), "a",
				Map.of("Content-Type", "text/plain")).status()).isEqualTo(404);
	}

	@Test
	void aProgramDeclaredAsAPdfIsRefusedByItsContent() {
		School school = school();
		String lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 8)).json().get("id").asString();
		Response disguised = api().send("POST", "/api/journal/lessons/" + lesson + "/attachments?file=homework.pdf.exe",
				school.teacherToken(), "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode", Map.of("Content-Type", "application/pdf"));
		assertThat(disguised.status()).isEqualTo(415);
		assertThat(disguised.json().get("code").asString()).isEqualTo("journal.attachment.type-mismatch");
		Response textAsPdf = api().send("POST", "/api/journal/lessons/" + lesson + "/attachments?file=zadachi.pdf",
				school.teacherToken(), "просто текст", Map.of("Content-Type", "application/pdf"));
		assertThat(textAsPdf.status()).isEqualTo(415);
	}
}
