package org.ejd.identity.schools;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.security.Callers;
import org.ejd.platform.refusal.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity/schools")
class SchoolController {

	private final SchoolRegistration registration;

	SchoolController(SchoolRegistration registration) {
		this.registration = registration;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<SchoolResponse> register(@Valid @RequestBody SchoolRequest request) {
		if (request.timeZone() != null) {
			try {
				SchoolTime.zoneOf(request.timeZone());
			}
			catch (DateTimeException ex) {
				throw Refusal.invalid("identity.school.bad-time-zone", request.timeZone());
			}
		}
		School school = registration.register(Callers.current(), new SchoolRegistration.RegisterSchool(request.name(),
				request.shortName(), request.municipalityId(), request.timeZone()));
		return ResponseEntity.created(URI.create("/api/identity/schools/" + school.id())).body(SchoolResponse.of(school));
	}

	@GetMapping("/{id}")
	SchoolResponse get(@PathVariable UUID id) {
		return SchoolResponse.of(registration.get(id));
	}

	/** The region is the municipality's; without a time zone the school has its region's. */
	record SchoolRequest(@Schema(example = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»") @NotBlank @Size(max = 500) String name, @Size(max = 200) String shortName,
			@NotNull UUID municipalityId, @Size(max = 64) String timeZone) {
	}

	record SchoolResponse(UUID id,
			@Schema(example = "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»") String name, String shortName, String regionCode, UUID municipalityId, String municipality,
			String timeZone) {
		static SchoolResponse of(School s) {
			return new SchoolResponse(s.id(), s.name(), s.shortName(), s.regionCode(), s.municipalityId(), s.municipality(),
					s.timeZone());
		}
	}
}
