package org.ejd.journal.years;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.SendsETag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Closing a school year, reading its archive and reopening it; the year is written {@code 2025-2026} in paths. */
@RestController
@RequestMapping("/api/journal/schools/{schoolId}/years")
class SchoolYearController {

	private static final String YEAR = "\\d{4}-\\d{4}";

	private final SchoolYearArchive archives;

	SchoolYearController(SchoolYearArchive archives) {
		this.archives = archives;
	}

	@PostMapping("/{academicYear}/close")
	ClosedYearResponse close(@PathVariable UUID schoolId, @PathVariable @Pattern(regexp = YEAR) String academicYear) {
		return ClosedYearResponse.of(archives.close(Callers.current(), schoolId, stored(academicYear)));
	}

	/** A region operator reopens a closed year, with {@code reason}; its old archive stays on record. */
	@PostMapping("/{academicYear}/reopen")
	ReopenedYearResponse reopen(@PathVariable UUID schoolId, @PathVariable @Pattern(regexp = YEAR) String academicYear,
			@Valid @RequestBody(required = false) @Nullable Reopening reopening) {
		return ReopenedYearResponse.of(
				archives.reopen(Callers.current(), schoolId, stored(academicYear), reopening == null ? null : reopening.reason()));
	}

	@GetMapping("/reopened")
	List<ReopenedYearResponse> reopened(@PathVariable UUID schoolId) {
		return archives.reopenedYears(Callers.current(), schoolId).stream().map(ReopenedYearResponse::of).toList();
	}

	@GetMapping("/closed")
	List<ClosedYearResponse> closed(@PathVariable UUID schoolId) {
		return archives.closedYears(Callers.current(), schoolId).stream().map(ClosedYearResponse::of).toList();
	}

	/** The kept zip; {@code Repr-Digest} (RFC 9530) and the ETag carry its SHA-256. */
	@GetMapping(path = "/{academicYear}/archive", produces = { "application/zip", "application/problem+json" })
	@SendsETag
	ResponseEntity<byte[]> archive(@PathVariable UUID schoolId, @PathVariable @Pattern(regexp = YEAR) String academicYear) {
		SchoolYearArchive.Archive archive = archives.archive(Callers.current(), schoolId, stored(academicYear));
		String sha256 = archive.year().archiveSha256();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.eTag('"' + sha256 + '"')
			.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("journal-" + schoolId + "-" + academicYear + ".zip").build().toString())
			.body(archive.content());
	}

	private static String stored(String academicYear) {
		return academicYear.replace('-', '/');
	}

	record Reopening(@Nullable @Size(max = 1000) String reason) {
	}

	record ReopenedYearResponse(UUID schoolId, String academicYear, Instant closedAt, UUID closedBy, String archiveSha256,
			Instant reopenedAt, UUID reopenedBy, String reason) {
		static ReopenedYearResponse of(SchoolYearArchive.ReopenedYear r) {
			return new ReopenedYearResponse(r.year().schoolId(), r.year().academicYear().replace('/', '-'), r.year().closedAt(),
					r.year().closedBy(), r.year().archiveSha256(), r.reopenedAt(), r.reopenedBy(), r.reason());
		}
	}

	record ClosedYearResponse(UUID schoolId, String academicYear, LocalDate firstDay, LocalDate lastDay, Instant closedAt,
			UUID closedBy, long archiveBytes, String archiveSha256) {
		static ClosedYearResponse of(ClosedYear y) {
			return new ClosedYearResponse(y.schoolId(), y.academicYear().replace('/', '-'), y.firstDay(), y.lastDay(), y.closedAt(),
					y.closedBy(), y.archiveBytes(), y.archiveSha256());
		}
	}
}
