package org.ejd.identity.people;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.identity.regions.Region;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PeopleController {

	private final PersonRegistry registry;

	private final MessageSource messages;

	PeopleController(PersonRegistry registry, MessageSource messages) {
		this.registry = registry;
		this.messages = messages;
	}

	@PostMapping("/api/identity/schools/{schoolId}/students")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PersonResponse> student(@PathVariable UUID schoolId, @Valid @RequestBody StudentRequest request) {
		Person student = registry.registerStudent(Callers.current(), schoolId, request.name(), request.birthDate());
		return created(student);
	}

	@PostMapping("/api/identity/schools/{schoolId}/guardians")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<GuardianResponse> guardian(@PathVariable UUID schoolId, @Valid @RequestBody GuardianRequest request,
			java.util.Locale locale) {
		PersonRegistry.GuardianRegistered registered = registry.registerGuardian(Callers.current(), schoolId, request.name(),
				request.snils());
		Person g = registered.guardian();
		return ResponseEntity.created(URI.create("/api/identity/persons/" + g.id()))
			.body(new GuardianResponse(g.id(), "guardian", g.schoolId(), g.lastName(), g.firstName(), g.middleName(), false,
					registered.snilsWithheld() ? messages.getMessage("identity.person.snils-withheld", null, locale) : null));
	}

	/** C4: the guardian's SNILS, once consent-service has their written consent on file. */
	@PutMapping("/api/identity/persons/{personId}/snils")
	SnilsResponse snils(@PathVariable UUID personId, @Valid @RequestBody SnilsRequest request) {
		Person person = registry.addSnils(Callers.current(), personId, request.snils());
		return new SnilsResponse(person.id(), person.snils() != null);
	}

	/** ADR 0021: the ESIA account id of a student or staff member of the school, for FGIS /Schedule. */
	@PutMapping("/api/identity/persons/{personId}/esia-id")
	EsiaIdResponse esiaId(@PathVariable UUID personId, @Valid @RequestBody EsiaIdRequest request) {
		return EsiaIdResponse.of(registry.recordEsiaId(Callers.current(), personId, request.esiaId()));
	}

	@DeleteMapping("/api/identity/persons/{personId}/esia-id")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clearEsiaId(@PathVariable UUID personId) {
		registry.recordEsiaId(Callers.current(), personId, null);
	}

	record EsiaIdRequest(@NotBlank @Pattern(regexp = "[0-9]{1,20}") String esiaId) {
	}

	record EsiaIdResponse(UUID personId,
			@Schema(allowableValues = { "student", "guardian", "staff" }) String kind, @Nullable String esiaId) {

		static EsiaIdResponse of(PersonRegistry.EsiaId recorded) {
			return new EsiaIdResponse(recorded.person().id(), recorded.person().kind().name().toLowerCase(java.util.Locale.ROOT),
					recorded.esiaId());
		}
	}

	/** C4: the school's guardians registered without a consent in force, so without their SNILS. */
	@GetMapping("/api/identity/schools/{schoolId}/guardians-without-consent")
	List<GuardianWithoutConsent> withoutConsent(@PathVariable UUID schoolId) {
		return registry.withoutConsent(Callers.current(), schoolId);
	}

	record SnilsRequest(@NotBlank @Size(max = 20) String snils) {
	}

	record SnilsResponse(UUID personId, boolean snilsStored) {
	}

	/** @param snilsNote why a SNILS given was not kept (no written consent yet), in the caller's language */
	record GuardianResponse(UUID id,
			@Schema(allowableValues = { "guardian" }) String kind, UUID schoolId, String lastName, String firstName, String middleName,
			boolean snilsStored,
			@Schema(example = "СНИЛС не сохранён: его хранят только при письменном согласии родителя (законного представителя) на обработку персональных данных. Когда согласие будет зарегистрировано, добавьте СНИЛС.") String snilsNote) {
	}

	@PostMapping("/api/identity/schools/{schoolId}/staff")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PersonResponse> staff(@PathVariable UUID schoolId, @Valid @RequestBody StaffRequest request) {
		Person staff = registry.registerStaff(Callers.current(), schoolId, request.name(), request.roles());
		return created(staff);
	}

	/** The school records that a student left: the account is revoked, guardians keep their other children's schools. */
	@PostMapping("/api/identity/persons/{personId}/departure")
	DepartureResponse departure(@PathVariable UUID personId, @Valid @RequestBody(required = false) DepartureRequest request) {
		PersonEvents.StudentLeft left = registry.recordDeparture(Callers.current(), personId, request == null ? null : request.leftOn(),
				request == null || request.reason() == null || request.reason().isBlank() ? null : request.reason().strip());
		return new DepartureResponse(left.studentId(), left.schoolId(), left.leftOn());
	}

	record DepartureRequest(LocalDate leftOn, @Size(max = 500) String reason) {
	}

	record DepartureResponse(UUID personId, UUID schoolId, LocalDate leftOn) {
	}

	/** A region operator appoints another operator of its region; the account is then issued as for anyone. */
	@PostMapping("/api/identity/regions/{code}/operators")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PersonResponse> regionOperator(@PathVariable @Size(max = Region.MAX_CODE_LENGTH) String code, @Valid @RequestBody OperatorRequest request) {
		return created(registry.appointRegionOperator(Callers.current(), code, request.name()));
	}

	private static ResponseEntity<PersonResponse> created(Person person) {
		return ResponseEntity.created(URI.create("/api/identity/persons/" + person.id()))
			.body(new PersonResponse(person.id(), person.kind().name().toLowerCase(), person.schoolId(), person.lastName(),
					person.firstName(), person.middleName(), person.birthDate()));
	}

	record StudentRequest(@NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName,
			@Size(max = 100) String middleName, @NotNull LocalDate birthDate) {
		PersonRegistry.Name name() {
			return new PersonRegistry.Name(lastName.strip(), firstName.strip(), middleName);
		}
	}

	record GuardianRequest(@NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName,
			@Size(max = 100) String middleName, @Size(max = 20) String snils) {
		PersonRegistry.Name name() {
			return new PersonRegistry.Name(lastName.strip(), firstName.strip(), middleName);
		}
	}

	record OperatorRequest(@NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName,
			@Size(max = 100) String middleName) {
		PersonRegistry.Name name() {
			return new PersonRegistry.Name(lastName.strip(), firstName.strip(), middleName);
		}
	}

	record StaffRequest(@NotBlank @Size(max = 100) String lastName, @NotBlank @Size(max = 100) String firstName,
			@Size(max = 100) String middleName,
			@NotEmpty @Size(max = 4) List<@Pattern(regexp = "teacher|class-teacher|deputy-head|school-admin") String> roles) {
		PersonRegistry.Name name() {
			return new PersonRegistry.Name(lastName.strip(), firstName.strip(), middleName);
		}
	}

	record PersonResponse(UUID id,
			@Schema(allowableValues = { "student", "guardian", "staff" }) String kind, UUID schoolId, String lastName, String firstName, String middleName,
			LocalDate birthDate) {
	}
}
