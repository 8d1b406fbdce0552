package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

class ServiceArchitectureTest {

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
}
