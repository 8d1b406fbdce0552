package org.ejd.identity.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.ejd.identity.people.Person;
import org.ejd.identity.portal.PortalLinking.Proof;
import org.ejd.platform.security.Callers;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A regional portal (client credentials) links, reads and unlinks its users' diary accounts. */
@RestController
@RequestMapping("/api/identity/portal-links")
class PortalLinkController {

	private final PortalLinking linking;

	PortalLinkController(PortalLinking linking) {
		this.linking = linking;
	}

	/**
	 * Links by {@code snils}, or by {@code login} and {@code password} typed once by the user, with the
	 * {@code assertion} the portal signed of its user (ADR 0043; 403 when the portal has no key, 422 when
	 * the assertion fails a check): 201 when
	 * linked now, 200 when this portal account was already linked to the same person. Never cached,
	 * and Idempotency-Key is ignored, so the password is kept nowhere.
	 */
	@PostMapping
	@ApiResponse(responseCode = "201", description = "Привязано сейчас / linked now", content = @Content(
			mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = LinkResponse.class)))
	@ApiResponse(responseCode = "200", description = "Уже было привязано к тому же человеку / already linked to the same person",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = LinkResponse.class)))
	ResponseEntity<LinkResponse> link(@Valid @RequestBody LinkRequest request) {
		boolean bySnils = request.snils() != null;
		boolean byCredentials = request.login() != null || request.password() != null;
		if (bySnils == byCredentials || (byCredentials && (isBlank(request.login()) || isBlank(request.password())))) {
			throw Refusal.invalid("identity.portal-link.one-way");
		}
		Proof proof = bySnils ? new Proof.BySnils(request.snils()) : new Proof.ByCredentials(request.login(), request.password());
		PortalLinking.Linked linked = linking.link(Callers.current(), new PortalLinking.LinkPortalAccount(request.portalUserId(),
				request.portalUsername(), Boolean.TRUE.equals(request.accountConfirmed()), proof, request.esiaId(), request.assertion()));
		ResponseEntity.BodyBuilder answer = linked.created()
				? ResponseEntity.created(URI.create("/api/identity/portal-links/"
						+ URLEncoder.encode(request.portalUserId(), StandardCharsets.UTF_8)))
				: ResponseEntity.ok();
		return answer.cacheControl(CacheControl.noStore()).body(LinkResponse.of(linked));
	}

	@GetMapping("/{portalUserId}")
	LinkResponse get(@PathVariable @Size(max = 255) String portalUserId) {
		return LinkResponse.of(linking.get(Callers.current(), portalUserId));
	}

	@DeleteMapping("/{portalUserId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlink(@PathVariable @Size(max = 255) String portalUserId) {
		linking.unlink(Callers.current(), portalUserId);
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	record LinkRequest(@Schema(example = "gosuslugi-1000123456") @NotBlank @Size(max = 255) String portalUserId,
			@Schema(example = "ivanova.anna@gosuslugi") @Size(max = 255) @Nullable String portalUsername,
			@NotNull Boolean accountConfirmed, @Size(max = 20) @Nullable String snils, @Size(max = 64) @Nullable String login,
			@Size(max = 128) @Nullable String password,
			@Pattern(regexp = "[0-9]{1,20}") @Nullable String esiaId,
			@Schema(example = "eyJhbGciOiJFUzI1NiIsImtpZCI6InBvcnRhbC0xIn0.eyJzdWIiOiJnb3N1c2x1Z2ktMTAwMDEyMzQ1NiIsImV4cCI6MTc4OTQ2MDQwMH0.MEUCIQDx3k9VbLr2XwT8mN4pYc6HsJ0aUe1DgR5tKoQiW7xBA") @Size(max = 16384) @Nullable String assertion) {

		@Override
		public String toString() {
			return "LinkRequest[portalUserId=" + portalUserId + ", bySnils=" + (snils != null) + "]";
		}
	}

	/** What the portal shows its user: whose diary this account opens (no SNILS, no login). */
	record LinkResponse(@Schema(example = "gosuslugi-1000123456") String portalUserId, UUID personId,
			@Schema(allowableValues = { "student", "guardian", "staff" }) String holderKind,
			@Schema(example = "Иванова А. С.") String holderName,
			@Schema(allowableValues = { "snils", "credentials" }) String linkedVia,
			Instant linkedAt, @Nullable String esiaId) {

		static LinkResponse of(PortalLinking.Linked linked) {
			Person p = linked.holder();
			String initials = p.firstName().charAt(0) + "." + (p.middleName() == null || p.middleName().isBlank() ? ""
					: " " + p.middleName().charAt(0) + ".");
			return new LinkResponse(linked.link().portalUserId(), p.id(), p.kind().name().toLowerCase(),
					p.lastName() + " " + initials, linked.link().linkedVia().name().toLowerCase(), linked.link().linkedAt(),
					linked.link().esiaId());
		}
	}
}
