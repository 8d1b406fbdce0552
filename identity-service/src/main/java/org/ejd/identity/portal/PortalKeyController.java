package org.ejd.identity.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;

import org.ejd.platform.security.Callers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A region operator uploads and reads the public keys of a portal serving its region (issue 12, ADR 0043). */
@RestController
@RequestMapping("/api/identity/portals/{clientId}/keys")
class PortalKeyController {

	private final PortalKeyRegistration registration;

	PortalKeyController(PortalKeyRegistration registration) {
		this.registration = registration;
	}

	/** Replaces the portal's JWK set (public RSA or EC keys only); the portal's next assertion is checked with it. */
	@PutMapping
	PortalKeysResponse upload(@PathVariable @Size(max = 255) String clientId, @Valid @RequestBody JwkSetRequest request) {
		String json = JSONObjectUtils.toJSONString(Map.of("keys", request.keys()));
		return PortalKeysResponse.of(registration.upload(Callers.current(), clientId, json));
	}

	@GetMapping
	PortalKeysResponse get(@PathVariable @Size(max = 255) String clientId) {
		return PortalKeysResponse.of(registration.get(Callers.current(), clientId));
	}

	/** A JWK set (RFC 7517 §5) of public keys. */
	record JwkSetRequest(@NotNull @Size(min = 1, max = PortalKeyRegistration.MAX_KEYS) List<Map<String, Object>> keys) {
	}

	record PortalKeysResponse(@Schema(example = "regional-portal") String clientId, List<Map<String, Object>> keys, Instant setAt,
			@Schema(example = "5b1c0e9a-3f7d-4c2e-9a61-0d8e4b7f2c10") String setBy, long version) {

		static PortalKeysResponse of(PortalKeyRegistration.PortalKeySet set) {
			return new PortalKeysResponse(set.clientId(), set.keys().getKeys().stream().map(JWK::toPublicJWK)
				.map(JWK::toJSONObject).toList(), set.setAt(), set.setBy(), set.version());
		}
	}
}
