package org.ejd.consent.records;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.consent.ConsentProperties;
import org.ejd.consent.records.domain.ConsentRecord;
import org.ejd.consent.records.domain.ConsentState;
import org.ejd.consent.records.domain.Decision;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/consent")
class ConsentController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ConsentRegister register;

	private final ConsentProperties properties;

	private final MessageSource messages;

	ConsentController(ConsentRegister register, ConsentProperties properties, MessageSource messages) {
		this.register = register;
		this.properties = properties;
		this.messages = messages;
	}

	/** The versions of the consent text: the one in force, and those a signed paper form may name. */
	@GetMapping("/texts")
	Texts texts() {
		return new Texts(properties.currentTextVersion(), properties.textVersions());
	}

	@PostMapping("/persons/{personId}/consents")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RecordedResponse> record(@PathVariable UUID personId, @Valid @RequestBody ConsentRequest request) {
		return created(register.recordElectronically(Callers.current(), personId, Decision.ofWire(request.decision()),
				request.textVersion()));
	}

	@PostMapping("/persons/{personId}/consents/paper")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RecordedResponse> recordPaper(@PathVariable UUID personId, @Valid @RequestBody PaperConsentRequest request) {
		return created(register.recordOnPaper(Callers.current(), personId, Decision.ofWire(request.decision()),
				request.textVersion(), request.givenBy()));
	}

	@GetMapping("/persons/{personId}/consent")
	StateResponse current(@PathVariable UUID personId) {
		return StateResponse.of(personId, register.current(Callers.current(), personId));
	}

	/** JSON, or CSV for auditors with {@code Accept: text/csv} or {@code ?format=csv}. */
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "OK", content = {
			@io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(
							schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RecordResponse.class))),
			@io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
					schema = @io.swagger.v3.oas.annotations.media.Schema(types = "string")) })
	@GetMapping(value = "/persons/{personId}/consents/history", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	ResponseEntity<?> history(@PathVariable UUID personId, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			@RequestParam(required = false) @Size(max = 8) @Nullable String format) {
		List<ConsentRecord> records = register.history(Callers.current(), personId);
		return answer(records, accept, format, "consent-history-" + personId + ".csv");
	}

	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "OK", content = {
			@io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(
							schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RecordResponse.class))),
			@io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
					schema = @io.swagger.v3.oas.annotations.media.Schema(types = "string")) })
	@GetMapping(value = "/schools/{schoolId}/consents/history", produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv" })
	ResponseEntity<?> historyOfSchool(@PathVariable UUID schoolId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
			@RequestParam(required = false) @Size(max = 8) @Nullable String format) {
		List<ConsentRecord> records = register.historyOfSchool(Callers.current(), schoolId, from, to);
		return answer(records, accept, format, "consent-history-school-" + schoolId + ".csv");
	}

	private ResponseEntity<?> answer(List<ConsentRecord> records, @Nullable String accept, @Nullable String format, String filename) {
		if (wantsCsv(accept, format)) {
			String csv = new HistoryCsv(messages, LocaleContextHolder.getLocale(), properties.timeZone()).write(records);
			return ResponseEntity.ok()
				.contentType(CSV)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
				.body(csv);
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(records.stream().map(RecordResponse::of).toList());
	}

	private static boolean wantsCsv(@Nullable String accept, @Nullable String format) {
		if ("csv".equalsIgnoreCase(format)) {
			return true;
		}
		return accept != null && MediaType.parseMediaTypes(accept).stream()
			.anyMatch(type -> !type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatibleWith(CSV));
	}

	private static ResponseEntity<RecordedResponse> created(ConsentRegister.Recorded recorded) {
		ConsentRecord record = recorded.record();
		return ResponseEntity.created(URI.create("/api/consent/persons/" + record.personId() + "/consent"))
			.body(new RecordedResponse(RecordResponse.of(record), StateResponse.of(record.personId(), recorded.state())));
	}

	record ConsentRequest(
			@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "given|refused|withdrawn", message = "{consent.validation.decision}") String decision,
			@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "[A-Za-z0-9._-]{1,32}", message = "{consent.validation.text-version}") String textVersion) {
	}

	record PaperConsentRequest(
			@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "given|refused|withdrawn", message = "{consent.validation.decision}") String decision,
			@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "[A-Za-z0-9._-]{1,32}", message = "{consent.validation.text-version}") String textVersion,
			@NotNull(message = "{consent.validation.required}") UUID givenBy) {
	}

	record Texts(@Schema(example = "2026-1") String current,
			@ArraySchema(schema = @Schema(example = "2026-1")) List<String> versions) {
	}

	record RecordResponse(UUID id, UUID personId,
			@Schema(allowableValues = { "student", "guardian" }) String personRole, UUID givenBy,
			@Schema(allowableValues = { "given", "refused", "withdrawn" }) String decision, String textVersion,
			@Schema(allowableValues = { "paper", "portal", "api" }) String channel, UUID registeredBy, Instant recordedAt, long version) {

		static RecordResponse of(ConsentRecord r) {
			return new RecordResponse(r.id(), r.personId(), r.personKind().wire(), r.givenBy(), r.decision().wire(), r.textVersion(),
					r.channel().wire(), r.registeredBy(), r.recordedAt(), r.version());
		}
	}

	record StateResponse(UUID personId,
			@Schema(allowableValues = { "none", "given", "refused", "withdrawn" }) String status, boolean processingAllowed, @Nullable String textVersion,
			@Nullable Instant since, @Nullable UUID givenBy) {

		static StateResponse of(UUID personId, ConsentState state) {
			return new StateResponse(personId, state.status().wire(), state.processingAllowed(), state.textVersion(), state.since(),
					state.givenBy());
		}
	}

	record RecordedResponse(RecordResponse record, StateResponse state) {
	}
}
