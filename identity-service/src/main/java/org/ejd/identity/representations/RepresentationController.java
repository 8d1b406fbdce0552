package org.ejd.identity.representations;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity/representations")
class RepresentationController {

	private final RepresentationRegistry registry;

	RepresentationController(RepresentationRegistry registry) {
		this.registry = registry;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RepresentationResponse> establish(@Valid @RequestBody RepresentationRequest request) {
		Representation r = registry.establish(Callers.current(), request.guardianId(), request.studentId(),
				Representation.Basis.valueOf(request.basis().toUpperCase()),
				request.validFrom());
		return ResponseEntity.created(URI.create("/api/identity/representations/" + r.id())).body(RepresentationResponse.of(r));
	}

	@PostMapping("/{id}/end")
	RepresentationResponse end(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable EndRequest request) {
		Representation r = registry.end(Callers.current(), id, request == null ? null : request.endedOn(),
				request == null || request.reason() == null || request.reason().isBlank() ? null : request.reason().strip());
		return RepresentationResponse.of(r);
	}

	record EndRequest(@Nullable LocalDate endedOn, @Size(max = 500) @Nullable String reason) {
	}

	record RepresentationRequest(@NotNull UUID guardianId, @NotNull UUID studentId,
			@NotNull @Pattern(regexp = "parent|guardian|custodian") String basis,
			LocalDate validFrom) {
	}

	/** @param endedOn the first day the guardian no longer represents the student, if the link has ended */
	record RepresentationResponse(UUID id, UUID guardianId, UUID studentId,
			@Schema(allowableValues = { "parent", "guardian", "custodian" }) String basis, LocalDate validFrom,
			@Nullable LocalDate endedOn) {

		static RepresentationResponse of(Representation r) {
			return new RepresentationResponse(r.id(), r.guardianId(), r.studentId(), r.basis().wire(), r.validFrom(),
					r.validTo() == null ? null : r.validTo().plusDays(1));
		}
	}
}
