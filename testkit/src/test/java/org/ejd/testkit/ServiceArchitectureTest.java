package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

class ServiceArchitectureTest {

	static class Listeners {

		@KafkaListener(id = "diary-acked", topics = "journal.marks.v1", batch = "true", containerPostProcessor = "ejdBatchAcks")
		void acked(List<String> records) {
		}

		@KafkaListener(id = "diary-unacked", topics = "journal.marks.v1", batch = "true")
		void unacked(List<String> records) {
		}

		@KafkaListener(id = "diary-one", topics = "journal.marks.v1")
		void one(String record) {
		}
	}

	@Test
	void aBatchListenerWithoutThePlatformsPostProcessorFailsNamingIt() {
		assertThatThrownBy(() -> ServiceArchitecture.verifyConsumedTopicsAreCatalogued("diary",
				new ClassFileImporter().importClasses(Listeners.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("batch listener Listeners.unacked without containerPostProcessor = EventInbox.BATCH_ACKS")
			.hasMessageNotContaining("Listeners.acked")
			.hasMessageNotContaining("Listeners.one");
	}

	@RestController
	static class Undocumented {

		@PostMapping("/things")
		ResponseEntity<String> create() {
			return ResponseEntity.created(URI.create("/things/1")).body("made");
		}

		@DeleteMapping("/things/1")
		ResponseEntity<Void> remove() {
			return gone();
		}

		private static ResponseEntity<Void> gone() {
			return ResponseEntity.noContent().build();
		}
	}

	@RestController
	static class Documented {

		@PostMapping("/things")
		@ResponseStatus(HttpStatus.CREATED)
		ResponseEntity<String> create() {
			return ResponseEntity.created(URI.create("/things/1")).body("made");
		}

		@PostMapping("/batches")
		@ResponseStatus(code = HttpStatus.CREATED)
		ResponseEntity<String> batch() {
			return ResponseEntity.status(HttpStatus.CREATED).body("made");
		}

		@PostMapping("/reads")
		ResponseEntity<String> read() {
			return ResponseEntity.ok("read");
		}
	}

	@Test
	void aHandlerAnsweringASuccessItsDescriptionDoesNotNameFailsAlsoThroughItsHelpers() {
		assertThatThrownBy(() -> ServiceArchitecture.verifyAnsweredStatusesAreDocumented(
				new ClassFileImporter().importClasses(Undocumented.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Undocumented.create answers [201] but documents [200]")
			.hasMessageContaining("Undocumented.remove answers [204] but documents [200]");
	}

	@Test
	void handlersNamingTheirStatusPass() {
		assertThatCode(() -> ServiceArchitecture.verifyAnsweredStatusesAreDocumented(
				new ClassFileImporter().importClasses(Documented.class))).doesNotThrowAnyException();
	}

	static class Timetable {

		record Entry(String room) {
		}
	}

	static class Curriculum {

		record Entry(String subject) {
		}

		record Plan(List<Entry> entries) {
		}
	}

	static class Renamed {

		@io.swagger.v3.oas.annotations.media.Schema(name = "CurriculumEntry")
		record Entry(String subject) {
		}

		record Plan(Optional<Entry>[] entries) {
		}
	}

	@RestController
	static class Colliding {

		@GetMapping("/timetable")
		ResponseEntity<List<Timetable.Entry>> timetable() {
			return ResponseEntity.ok(List.of());
		}

		@PostMapping("/curriculum")
		void plan(@RequestBody Curriculum.Plan plan) {
		}
	}

	@RestController
	static class Distinct {

		@GetMapping("/timetable")
		ResponseEntity<List<Timetable.Entry>> timetable() {
			return ResponseEntity.ok(List.of());
		}

		@PostMapping("/curriculum")
		void plan(@RequestBody Renamed.Plan plan) {
		}
	}

	@Test
	void twoBodiesOfOneSimpleNameFailNamingBoth() {
		assertThatThrownBy(() -> ServiceArchitecture.verifySchemaNamesAreUnique(
				new ClassFileImporter().importClasses(Colliding.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Entry <- [")
			.hasMessageContaining("ServiceArchitectureTest.Timetable.Entry (Colliding.timetable)")
			.hasMessageContaining("ServiceArchitectureTest.Curriculum.Entry (Colliding.plan)");
	}

	@Test
	void aSchemaNameSetOnOneOfThemSeparatesThem() {
		assertThatCode(() -> ServiceArchitecture.verifySchemaNamesAreUnique(
				new ClassFileImporter().importClasses(Distinct.class))).doesNotThrowAnyException();
	}

	static class Tags {

		static <T> ResponseEntity<T> tagged(T body) {
			return ResponseEntity.ok().eTag("\"1\"").body(body);
		}
	}

	@RestController
	static class ETags {

		@PostMapping("/lessons")
		@ResponseStatus(HttpStatus.CREATED)
		ResponseEntity<String> record() {
			return ResponseEntity.created(URI.create("/lessons/1")).eTag("\"1\"").body("made");
		}

		@GetMapping("/lessons/1")
		ResponseEntity<String> get() {
			return Tags.tagged("lesson");
		}

		@GetMapping("/lessons")
		@org.ejd.platform.web.SendsETag
		ResponseEntity<String> list() {
			return ResponseEntity.ok("none");
		}

		@GetMapping("/lessons/2")
		@org.ejd.platform.web.SendsETag
		ResponseEntity<String> declared() {
			return Tags.tagged("lesson");
		}
	}

	@Test
	void aHandlerSendingAnETagWithoutDeclaringItAndOneDeclaringItWithoutSendingFailAlsoThroughHelpers() {
		assertThatThrownBy(() -> ServiceArchitecture.verifySentETagsAreDeclared(
				new ClassFileImporter().importClasses(ETags.class, Tags.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("ETags.record sends an ETag but is not @SendsETag")
			.hasMessageContaining("ETags.get sends an ETag but is not @SendsETag")
			.hasMessageContaining("ETags.list is @SendsETag but sends no ETag")
			.message().doesNotContain("ETags.declared");
	}

	sealed interface Answer permits Lessons.Entry, Marks.Entry {
	}

	static class Lessons {

		record Entry(String room) implements Answer {
		}
	}

	static class Marks {

		record Entry(String value) implements Answer {
		}
	}

	@com.fasterxml.jackson.annotation.JsonSubTypes({ @com.fasterxml.jackson.annotation.JsonSubTypes.Type(Timetable.Entry.class),
			@com.fasterxml.jackson.annotation.JsonSubTypes.Type(Curriculum.Entry.class) })
	interface Change {
	}

	record Filter(Curriculum.Entry entry) {
	}

	@RestController
	static class Members {

		@GetMapping("/answers")
		ResponseEntity<Answer> answer() {
			return ResponseEntity.ok(new Lessons.Entry("1"));
		}

		@PostMapping("/changes")
		void change(@RequestBody Change change) {
		}

		@GetMapping("/filtered")
		void filtered(Filter filter) {
		}
	}

	@Test
	void oneOfMembersOfASealedTypeOrJsonSubTypesAndParameterObjectsOfOneSimpleNameFail() {
		assertThatThrownBy(() -> ServiceArchitecture.verifySchemaNamesAreUnique(
				new ClassFileImporter().importClasses(Members.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("ServiceArchitectureTest.Lessons.Entry (Members.answer)")
			.hasMessageContaining("ServiceArchitectureTest.Marks.Entry (Members.answer)")
			.hasMessageContaining("ServiceArchitectureTest.Timetable.Entry (Members.change)")
			.hasMessageContaining("ServiceArchitectureTest.Curriculum.Entry (Members.change)");
	}

	@RestController
	static class Parameters {

		@GetMapping("/timetable")
		ResponseEntity<List<Timetable.Entry>> timetable() {
			return ResponseEntity.ok(List.of());
		}

		@GetMapping("/filtered")
		void filtered(Filter filter) {
		}
	}

	@Test
	void aParameterObjectSharingANameWithABodyFails() {
		assertThatThrownBy(() -> ServiceArchitecture.verifySchemaNamesAreUnique(
				new ClassFileImporter().importClasses(Parameters.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("ServiceArchitectureTest.Curriculum.Entry (Parameters.filtered)");
	}

	record Room(@jakarta.validation.constraints.Size(max = 32) String name) {
	}

	record Wrapper(Room room) {
	}

	record Lesson(@jakarta.validation.constraints.Size(max = 200) String topic, Room room, List<Room> rooms,
			java.util.Map<String, Room> byDay, Wrapper wrapper) {
	}

	record CheckedLesson(@jakarta.validation.Valid Room room, List<@jakarta.validation.Valid Room> rooms,
			@jakarta.validation.Valid java.util.Map<String, Room> byDay, Wrapper plain) {
	}

	record Withdrawal(@jakarta.validation.constraints.Size(max = 1000) String reason) {
	}

	@RestController
	static class Constrained {

		@PostMapping("/lessons")
		void record(@jakarta.validation.Valid @RequestBody Lesson lesson) {
		}

		@PostMapping("/withdrawals")
		void withdraw(@RequestBody Withdrawal withdrawal) {
		}

		@PostMapping("/checked")
		void checked(@jakarta.validation.Valid @RequestBody CheckedLesson lesson) {
		}

		@PostMapping("/plain")
		void plain(@RequestBody String text) {
		}
	}

	@Test
	void constraintsOfANestedRecordOrABodyNotReachedByValidFailNamingWhere() {
		assertThatThrownBy(() -> ServiceArchitecture.verifyNestedConstraintsAreValidated(
				new ClassFileImporter().importClasses(Constrained.class)))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Constrained.record body.room (")
			.hasMessageContaining("Constrained.record body.rooms[] (")
			.hasMessageContaining("Constrained.record body.byDay[] (")
			.hasMessageContaining("Constrained.record body.wrapper (")
			.hasMessageContaining("Constrained.withdraw body (")
			.hasMessageContaining("Constrained.checked body.plain (")
			.message().doesNotContain("Constrained.checked body.room ").doesNotContain("checked body.rooms")
			.doesNotContain("checked body.byDay").doesNotContain("topic").doesNotContain("plain body");
	}
}
