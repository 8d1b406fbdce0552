package org.ejd.identity.desk;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The school's access desk: set by its admin, published to anyone (no token: {@code access-info} and its
 * poster are public paths at the service and the gateway), and the printed application form.
 */
@RestController
class AccessDeskController {

	private final DeskSetting setting;

	private final AccessInformation information;

	private final AccessPoster poster;

	private final FormPrinting forms;

	AccessDeskController(DeskSetting setting, AccessInformation information, AccessPoster poster, FormPrinting forms) {
		this.setting = setting;
		this.information = information;
		this.poster = poster;
		this.forms = forms;
	}

	@PutMapping("/api/identity/schools/{schoolId}/access-desk")
	DeskResponse set(@PathVariable UUID schoolId, @Valid @RequestBody DeskRequest request) {
		return DeskResponse.of(setting.set(Callers.current(), schoolId, request.hours(), request.place(), request.phone(),
				request.email(), request.formText()));
	}

	@GetMapping("/api/identity/schools/{schoolId}/access-desk")
	DeskResponse get(@PathVariable UUID schoolId) {
		return DeskResponse.of(setting.of(Callers.current(), schoolId)
			.orElseThrow(() -> Refusal.unknown("identity.access-desk.not-set")));
	}

	/** Open to anyone: how to get access to this school's diary. */
	@GetMapping("/api/identity/schools/{schoolId}/access-info")
	ResponseEntity<AccessInformation.Info> info(@PathVariable UUID schoolId, Locale locale) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(information.about(schoolId, locale));
	}

	/** Open to anyone: the same as an A4 poster for the school's stand. */
	@GetMapping("/api/identity/schools/{schoolId}/access-info/poster")
	ResponseEntity<byte[]> poster(@PathVariable UUID schoolId, Locale locale) {
		byte[] pdf = poster.render(information.about(schoolId, locale), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("access-" + schoolId + ".pdf").build().toString())
			.body(pdf);
	}

	/** The school's staff print a guardian's or student's application, pre-filled, to be signed at the desk. */
	@GetMapping("/api/identity/persons/{personId}/application-form")
	ResponseEntity<byte[]> form(@PathVariable UUID personId, Locale locale) {
		byte[] pdf = forms.print(Callers.current(), personId, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("application-" + personId + ".pdf").build().toString())
			.body(pdf);
	}

	/** The desk's hours as the school words them; contacts and the form's own text optional. */
	record DeskRequest(@NotBlank @Size(max = 500) String hours,
			@Schema(example = "Кабинет 101 (приёмная), 1 этаж") @Nullable @Size(max = 300) String place,
			@Nullable @Size(max = 50) @Pattern(regexp = "^[+0-9 ()\\-]*$") String phone, @Nullable @Email @Size(max = 254) String email,
			@Nullable @Size(max = 4000) String formText) {
	}

	record DeskResponse(UUID schoolId, String hours,
			@Schema(example = "Кабинет 101 (приёмная), 1 этаж") @Nullable String place, @Nullable String phone, @Nullable String email,
			@Nullable String formText, java.time.Instant setAt, long version) {

		static DeskResponse of(AccessDesk d) {
			return new DeskResponse(d.schoolId(), d.hours(), d.place(), d.phone(), d.email(), d.formText(), d.setAt(), d.version());
		}
	}
}
