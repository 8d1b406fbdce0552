package org.ejd.oneroster.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.oneroster.access.OneRosterScope;
import org.ejd.oneroster.access.Reach;
import org.ejd.oneroster.collections.domain.InvalidQuery;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /ims/oneroster/csv/v1p2/schools/{schoolId}}: the school's OneRoster CSV zip; {@code since} (an ISO
 * date-time) makes it a delta. Gradebook files come for callers who may read the gradebook (a OneRoster client with
 * {@code gradebook.readonly}, or the school's admin).
 */
@RestController
class CsvExportController {

	private final CsvExport export;

	CsvExportController(CsvExport export) {
		this.export = export;
	}

	@GetMapping(path = "/ims/oneroster/csv/v1p2/schools/{schoolId}", produces = { "application/zip", "application/json" })
	ResponseEntity<StreamingResponseBody> school(@PathVariable UUID schoolId, @Parameter(schema = @Schema(type = "string", format = "date-time")) @RequestParam @Nullable String since) {
		Instant from = since == null || since.isBlank() ? null : instant(since);
		Caller caller = Callers.current();
		if (caller.personId() == null && !hasScope(OneRosterScope.ROSTER_READ) && !hasScope(OneRosterScope.ROSTER_CORE_READ)) {
			throw new AccessDeniedException("a OneRoster client needs a roster scope for the CSV");
		}
		Reach reach = export.reach(caller, schoolId);
		boolean gradebook = caller.personId() != null || hasScope(OneRosterScope.GRADEBOOK_READ);
		String name = "oneroster-" + schoolId + (from == null ? "-bulk" : "-delta") + ".zip";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, "application/zip")
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(out -> export.write(reach, from, gradebook, out));
	}

	private static boolean hasScope(String scope) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("SCOPE_" + scope));
	}

	private static Instant instant(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidQuery(InvalidQuery.Kind.INVALID_DATA, "oneroster.since.invalid", text);
		}
	}
}
