package org.ejd.identity.imports;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity/schools/{schoolId}/imports")
class ImportController {

	static final String CSV = "text/csv";

	private final CsvImport csvImport;

	ImportController(CsvImport csvImport) {
		this.csvImport = csvImport;
	}

	/**
	 * The CSV file is the request body ({@code text/csv; charset=utf-8} or {@code windows-1251}, or none: detected); also
	 * taken as {@code text/plain}, {@code application/vnd.ms-excel} (what browsers on Windows call a .csv) or without a
	 * type ({@code application/octet-stream}). Anything else is 415.
	 */
	@PostMapping(consumes = { CSV, MediaType.TEXT_PLAIN_VALUE, "application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Файл CSV (UTF-8 или Windows-1251, ; или ,) / the CSV file",
			content = { @Content(mediaType = CSV, schema = @Schema(type = "string", maxLength = CsvImport.MAX_BYTES)),
					@Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string", maxLength = CsvImport.MAX_BYTES)),
					@Content(mediaType = "application/vnd.ms-excel", schema = @Schema(type = "string", maxLength = CsvImport.MAX_BYTES)),
					@Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE,
							schema = @Schema(type = "string", maxLength = CsvImport.MAX_BYTES)) })
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ImportResponse> importFile(@PathVariable UUID schoolId,
			@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
			@RequestBody(required = false) byte @Nullable [] file) {
		PersonImport done = csvImport.run(Callers.current(), schoolId, file == null ? new byte[0] : file, charset(contentType));
		return ResponseEntity.created(URI.create("/api/identity/schools/" + schoolId + "/imports/" + done.id()))
			.body(ImportResponse.of(done));
	}

	@GetMapping("/{id}")
	ImportResponse find(@PathVariable UUID schoolId, @PathVariable UUID id) {
		return ImportResponse.of(csvImport.find(Callers.current(), schoolId, id));
	}

	private static @Nullable Charset charset(@Nullable String contentType) {
		if (contentType == null) {
			return null;
		}
		try {
			return MediaType.parseMediaType(contentType).getCharset();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	record ImportResponse(UUID id, UUID schoolId,
			@Schema(allowableValues = { "running", "done", "rejected", "failed" }) String status, Instant startedAt, @Nullable Instant finishedAt, int rows,
			int rejected, int students, int guardians, int links) {

		static ImportResponse of(PersonImport i) {
			return new ImportResponse(i.id(), i.schoolId(), i.status().toLowerCase(), i.startedAt(), i.finishedAt(), i.rows(),
					i.rejected(), i.students(), i.guardians(), i.links());
		}
	}
}
