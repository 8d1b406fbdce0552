package org.ejd.identity.codes;

import java.net.URI;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.identity.accounts.AccountOpening;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Open without a token ({@code ejd.security.public-paths}): the holder of a code has no account yet. */
@RestController
class ActivationController {

	private final Activation activation;

	private final ActivationProperties properties;

	ActivationController(Activation activation, ActivationProperties properties) {
		this.activation = activation;
		this.properties = properties;
	}

	@PostMapping("/api/identity/activations")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AccountOpening.Opened> activate(@Valid @RequestBody ActivationRequest request, HttpServletRequest http) {
		AccountOpening.Opened opened = activation.redeem(client(http), request.code(), request.username(), request.password());
		return ResponseEntity.created(URI.create("/api/identity/persons/" + opened.personId() + "/account")).body(opened);
	}

	/** The client's address: the last entry a trusted proxy added to the configured header, else the connection's. */
	private String client(HttpServletRequest http) {
		String header = properties.clientKeyHeader();
		boolean fromProxy = properties.trustedProxies().stream()
			.anyMatch(proxy -> new IpAddressMatcher(proxy).matches(http.getRemoteAddr()));
		String value = header == null || header.isBlank() || !fromProxy ? null : http.getHeader(header);
		if (value != null && !value.isBlank()) {
			String[] hops = value.split(",");
			return hops[hops.length - 1].strip();
		}
		return http.getRemoteAddr();
	}

	record ActivationRequest(@Schema(example = "7KQ2-MX9P-4TZR-8HWA-3NDE") @NotBlank @Size(max = 64) String code,
			@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
			@NotBlank @Size(min = 8, max = 128) String password) {

		@Override
		public String toString() {
			return "ActivationRequest[username=" + username + "]";
		}
	}
}
