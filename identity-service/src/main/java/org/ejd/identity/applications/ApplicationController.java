package org.ejd.identity.applications;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ejd.identity.applications.domain.AccessApplication;
import org.ejd.identity.applications.domain.ApplicantContacts;
import org.ejd.platform.security.Callers;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApplicationController {

	private static final Set<String> STATUSES = Set.of("open", "code-issued", "refused", "overdue");

	private final ApplicationDesk desk;

	ApplicationController(ApplicationDesk desk) {
		this.desk = desk;
	}

	@PostMapping("/api/identity/applications")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ApplicationResponse> submit(@Valid @RequestBody ApplicationRequest request) {
		ApplicationResponse response = ApplicationResponse.of(desk.submit(Callers.current(), request.personId(), request.contacts()));
		return ResponseEntity.created(URI.create("/api/identity/applications/" + response.id())).body(response);
	}

	@GetMapping("/api/identity/applications/{id}")
	ApplicationResponse get(@PathVariable UUID id) {
		return ApplicationResponse.of(desk.get(Callers.current(), id));
	}

	@PostMapping("/api/identity/applications/{id}/refusal")
	ApplicationResponse refuse(@PathVariable UUID id, @Valid @RequestBody RefusalRequest request) {
		return ApplicationResponse.of(desk.refuse(Callers.current(), id, request.reason().strip()));
	}

	@GetMapping("/api/identity/schools/{schoolId}/applications")
	List<ApplicationResponse> ofSchool(@PathVariable UUID schoolId, @RequestParam(required = false) @Size(max = 32) @Nullable String status) {
		if (status != null && !STATUSES.contains(status)) {
			throw Refusal.invalid("identity.application.bad-status", status);
		}
		return desk.ofSchool(Callers.current(), schoolId, status).stream().map(ApplicationResponse::of).toList();
	}

	@GetMapping("/api/identity/applications/overdue")
	OverdueReport overdue(@RequestParam(required = false) @Nullable UUID schoolId) {
		return new OverdueReport(desk.overdue(Callers.current(), schoolId).stream()
			.map(s -> new OverdueReport.School(s.schoolId(), s.schoolName(), s.asOf(), s.applications().size(),
					s.applications().stream().map(ApplicationResponse::of).toList()))
			.toList());
	}

	/**
	 * A portal may pass the applicant's {@code email} and {@code phone} (seed 000): they go to consent-service as
	 * contacts to verify and are neither kept nor answered here.
	 */
	record ApplicationRequest(@NotNull UUID personId, @Size(max = 254) @Nullable String email, @Size(max = 32) @Nullable String phone) {

		ApplicantContacts contacts() {
			String checkedEmail;
			String checkedPhone;
			try {
				checkedEmail = email == null || email.isBlank() ? null : ApplicantContacts.email(email);
			}
			catch (IllegalArgumentException ex) {
				throw Refusal.invalid("identity.application.bad-email");
			}
			try {
				checkedPhone = phone == null || phone.isBlank() ? null : ApplicantContacts.phone(phone);
			}
			catch (IllegalArgumentException ex) {
				throw Refusal.invalid("identity.application.bad-phone");
			}
			return new ApplicantContacts(checkedEmail, checkedPhone);
		}

		@Override
		public String toString() {
			return "ApplicationRequest[personId=" + personId + ", email=" + (email != null) + ", phone=" + (phone != null) + "]";
		}
	}

	record RefusalRequest(@NotBlank @Size(max = 500) String reason) {
	}

	record Applicant(UUID personId,
			@Schema(allowableValues = { "guardian", "student" }) String kind, String lastName, String firstName, @Nullable String middleName) {
	}

	record ApplicationResponse(UUID id, Applicant applicant, UUID schoolId, String schoolName,
			@Schema(allowableValues = { "desk", "portal" }) String channel,
			Instant registeredAt, LocalDate registeredOn, LocalDate deadline,
			@Schema(allowableValues = { "open", "code-issued", "refused", "overdue" }) String status, boolean overdue,
			int workingDaysOverdue, @Nullable String refusalReason, @Nullable Instant decidedAt, @Nullable Instant codeIssuedAt) {

		static ApplicationResponse of(ApplicationDesk.Entry e) {
			AccessApplication a = e.application();
			return new ApplicationResponse(a.id(),
					new Applicant(a.personId(), a.applicant().name().toLowerCase(), e.lastName(), e.firstName(), e.middleName()),
					a.schoolId(), e.schoolName(), a.channel().name().toLowerCase(), a.registeredAt(), a.registeredOn(),
					a.deadline(), e.status(), e.overdue(), e.workingDaysOverdue(), a.refusalReason(), a.decidedAt(),
					a.codeIssuedAt());
		}
	}

	record OverdueReport(List<School> schools) {

		record School(UUID schoolId, String schoolName, LocalDate asOf, int count, List<ApplicationResponse> applications) {
		}
	}
}
