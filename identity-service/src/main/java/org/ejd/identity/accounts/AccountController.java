package org.ejd.identity.accounts;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/identity/persons/{personId}/account")
class AccountController {

	private final AccountIssuing issuing;

	private final AccountLifecycle lifecycle;

	private final PasswordLetter letter;

	AccountController(AccountIssuing issuing, AccountLifecycle lifecycle, PasswordLetter letter) {
		this.issuing = issuing;
		this.lifecycle = lifecycle;
		this.letter = letter;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AccountOpening.Opened issue(@PathVariable UUID personId, @Valid @RequestBody AccountRequest request) {
		return issuing.issue(Callers.current(), personId, request.username(), request.password(),
				Boolean.TRUE.equals(request.temporary()));
	}

	@GetMapping
	AccountResponse get(@PathVariable UUID personId) {
		return AccountResponse.of(lifecycle.get(Callers.current(), personId));
	}

	@PostMapping("/lock")
	AccountResponse lock(@PathVariable UUID personId, @Valid @RequestBody(required = false) @Nullable ReasonRequest request) {
		return AccountResponse.of(lifecycle.lock(Callers.current(), personId, request == null ? null : request.cleanReason()));
	}

	@PostMapping("/unlock")
	AccountResponse unlock(@PathVariable UUID personId) {
		return AccountResponse.of(lifecycle.unlock(Callers.current(), personId));
	}

	@PostMapping("/revoke")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID personId, @Valid @RequestBody(required = false) @Nullable ReasonRequest request) {
		lifecycle.revoke(Callers.current(), personId, request == null ? null : request.cleanReason());
	}

	/**
	 * A temporary password for a holder who forgot theirs: with {@code Accept: application/pdf} the
	 * printable letter (the only moment it can be printed, never cached on the way); otherwise it is sent
	 * to the holder's verified contact and the JSON answer says where (masked), never the password.
	 */
	@PostMapping("/password-reset")
	ResponseEntity<?> resetPassword(@PathVariable UUID personId,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		boolean wantsLetter = accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE);
		AccountLifecycle.PasswordReset reset = lifecycle.resetPassword(Callers.current(), personId, wantsLetter);
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok().cacheControl(CacheControl.noStore());
		if (wantsLetter) {
			return ok.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("password-" + personId + ".pdf").build().toString())
				.body(letter.render(reset));
		}
		return ok.contentType(MediaType.APPLICATION_JSON)
			.body(new ResetResponse(reset.personId(), reset.username(), reset.resetAt(), reset.delivery().channel(),
					reset.delivery().maskedDestination()));
	}

	/** Where the temporary password went: {@code deliveredTo} email or sms, with the masked address; never the password. */
	record ResetResponse(UUID personId, String username, Instant resetAt, String deliveredTo, @Nullable String destination) {
	}

	record AccountRequest(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
			@NotBlank @Size(min = 8, max = 128) String password, @Nullable Boolean temporary) {

		@Override
		public String toString() {
			return "AccountRequest[username=" + username + "]";
		}
	}

	record ReasonRequest(@Size(max = 500) @Nullable String reason) {
		@Nullable String cleanReason() {
			return reason == null || reason.isBlank() ? null : reason.strip();
		}
	}

	record AccountResponse(UUID personId, String username,
			@Schema(allowableValues = { "active", "locked" }) String status,
			@Schema(allowableValues = { "desk", "access-code" }) String openedVia, Instant issuedAt,
			@Nullable Instant lockedAt, @Nullable String lockReason) {

		static AccountResponse of(Account a) {
			return new AccountResponse(a.personId(), a.username(), a.status().name().toLowerCase(), a.openedVia().wire(),
					a.issuedAt(), a.lockedAt(), a.lockReason());
		}
	}
}
