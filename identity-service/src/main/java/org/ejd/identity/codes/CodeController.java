package org.ejd.identity.codes;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.ejd.platform.security.Callers;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CodeController {

	private final CodeIssuing issuing;

	private final CredentialLetter letter;

	CodeController(CodeIssuing issuing, CredentialLetter letter) {
		this.issuing = issuing;
		this.letter = letter;
	}

	/**
	 * With {@code Accept: application/pdf} the printable letter with the code (the only moment it can be
	 * printed, never cached on the way); otherwise the code is sent to the applicant's verified contact
	 * and the JSON answer says where (masked), never the code.
	 */
	@PostMapping("/api/identity/applications/{applicationId}/codes")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<?> issue(@PathVariable UUID applicationId,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		boolean wantsLetter = wantsLetter(accept);
		CodeIssuing.Issued issued = issuing.issue(Callers.current(), applicationId, wantsLetter);
		ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create("/api/identity/codes/" + issued.id()))
			.cacheControl(CacheControl.noStore());
		if (wantsLetter) {
			return created.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("access-code-" + issued.id() + ".pdf").build().toString())
				.body(letter.render(issued));
		}
		return created.contentType(MediaType.APPLICATION_JSON)
			.body(new CodeResponse(issued.id(), issued.applicationId(), issued.personId(), issued.expiresAt(), issued.maxAttempts(),
					issued.delivery().channel(), issued.delivery().maskedDestination()));
	}

	private static boolean wantsLetter(@Nullable String accept) {
		try {
			return accept != null && MediaType.parseMediaTypes(accept).stream()
				.anyMatch(type -> type.equalsTypeAndSubtype(MediaType.APPLICATION_PDF));
		}
		catch (InvalidMediaTypeException ex) {
			throw new ApiException(HttpStatus.NOT_ACCEPTABLE, "problem.http.406");
		}
	}

	/** The letter cannot be printed again later: the code exists in clear only in the answer that issued it. */
	@GetMapping("/api/identity/codes/{id}/letter")
	void letterLater(@PathVariable UUID id) {
		throw Refusal.noLongerValid("identity.code.letter-only-at-issue");
	}

	/** Where the code went: {@code deliveredTo} email or sms, with the masked address; never the code. */
	record CodeResponse(UUID id, UUID applicationId, UUID personId, Instant expiresAt, int maxAttempts, String deliveredTo,
			@Nullable String destination) {
	}
}
