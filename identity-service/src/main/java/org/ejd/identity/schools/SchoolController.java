package org.ejd.identity.schools;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity/schools")
class SchoolController {

	private final SchoolRegistration registration;

	SchoolController(SchoolRegistration registration) {
		this.registration = registration;
	}

	@PostMapping
	ResponseEntity<SchoolResponse> register(@Valid @RequestBody SchoolRequest request) {
		if (request.timeZone() != null) {
			try {
				ZoneId.of(request.timeZone());
			}
			catch (DateTimeException ex) {
				throw ApiException.badRequest("identity.school.bad-time-zone", request.timeZone());
			}
		}
		School school = registration.register(Callers.current(), new SchoolRegistration.RegisterSchool(request.name(),
				request.shortName(), request.regionCode(), request.municipality(), request.timeZone()));
		return ResponseEntity.created(URI.create("/api/identity/schools/" + school.id())).body(SchoolResponse.of(school));
	}

	@GetMapping("/{id}")
	SchoolResponse get(@PathVariable UUID id) {
		return SchoolResponse.of(registration.get(id));
	}

	record SchoolRequest(@NotBlank @Size(max = 500) String name, @Size(max = 200) String shortName,
			@NotBlank @Pattern(regexp = "[0-9]{2}") String regionCode, @NotBlank @Size(max = 200) String municipality,
			String timeZone) {
	}

	record SchoolResponse(UUID id, String name, String shortName, String regionCode, String municipality, String timeZone) {
		static SchoolResponse of(School s) {
			return new SchoolResponse(s.id(), s.name(), s.shortName(), s.regionCode(), s.municipality(), s.timeZone());
		}
	}
}
