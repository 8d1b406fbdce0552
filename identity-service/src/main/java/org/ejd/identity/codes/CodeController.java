package org.ejd.identity.codes;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.ApiException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CodeController {

	private final CodeIssuing issuing;

	CodeController(CodeIssuing issuing) {
		this.issuing = issuing;
	}

	/** The code, shown once; never cached on the way. */
	@PostMapping(path = "/api/identity/applications/{applicationId}/codes", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CodeResponse> issue(@PathVariable UUID applicationId) {
		CodeIssuing.Issued issued = issuing.issue(Callers.current(), applicationId);
		return ResponseEntity.created(URI.create("/api/identity/codes/" + issued.id()))
			.cacheControl(CacheControl.noStore())
			.body(new CodeResponse(issued.id(), issued.applicationId(), issued.personId(), issued.code(), issued.expiresAt(),
					issued.maxAttempts()));
	}

	/** The letter cannot be printed again later: the code exists in clear only in the answer that issued it. */
	@GetMapping("/api/identity/codes/{id}/letter")
	void letterLater(@PathVariable UUID id) {
		throw new ApiException(HttpStatus.GONE, "identity.code.letter-only-at-issue");
	}

	record CodeResponse(UUID id, UUID applicationId, UUID personId, String code, Instant expiresAt, int maxAttempts) {

		@Override
		public String toString() {
			return "CodeResponse[id=" + id + ", code=****]";
		}
	}
}
