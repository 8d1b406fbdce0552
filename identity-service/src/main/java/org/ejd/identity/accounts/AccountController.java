package org.ejd.identity.accounts;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountController {

	private final AccountIssuing issuing;

	AccountController(AccountIssuing issuing) {
		this.issuing = issuing;
	}

	@PostMapping("/api/identity/persons/{personId}/account")
	@ResponseStatus(HttpStatus.CREATED)
	AccountOpening.Opened issue(@PathVariable UUID personId, @Valid @RequestBody AccountRequest request) {
		return issuing.issue(Callers.current(), personId, request.username(), request.password());
	}

	record AccountRequest(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
			@NotBlank @Size(min = 8, max = 128) String password) {
	}
}
