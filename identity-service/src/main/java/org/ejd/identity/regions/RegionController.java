package org.ejd.identity.regions;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/identity/regions")
class RegionController {

	private final RegionRegistry registry;

	RegionController(RegionRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	List<RegionResponse> regions() {
		return registry.regions().stream().map(RegionResponse::of).toList();
	}

	@GetMapping("/{code}")
	RegionResponse region(@PathVariable @Size(max = Region.MAX_CODE_LENGTH) String code) {
		return RegionResponse.of(registry.region(code));
	}

	@PostMapping("/{code}/municipalities")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<MunicipalityResponse> register(@PathVariable @Size(max = Region.MAX_CODE_LENGTH) String code, @Valid @RequestBody MunicipalityRequest request) {
		Municipality municipality = registry.registerMunicipality(Callers.current(), code, request.name(), request.oktmo());
		return ResponseEntity.created(URI.create("/api/identity/regions/" + code + "/municipalities/" + municipality.id()))
			.body(MunicipalityResponse.of(municipality));
	}

	@GetMapping("/{code}/municipalities")
	List<MunicipalityResponse> municipalities(@PathVariable @Size(max = Region.MAX_CODE_LENGTH) String code) {
		return registry.municipalities(code).stream().map(MunicipalityResponse::of).toList();
	}

	@GetMapping("/{code}/municipalities/{id}")
	MunicipalityResponse municipality(@PathVariable @Size(max = Region.MAX_CODE_LENGTH) String code, @PathVariable UUID id) {
		return MunicipalityResponse.of(registry.municipality(code, id));
	}

	record MunicipalityRequest(@Schema(example = "Кольский район") @NotBlank @Size(max = 200) String name, @Size(max = 20) @Nullable String oktmo) {
	}

	record RegionResponse(@Schema(example = "51") String code,
			@Schema(example = "Мурманская область") String name, String timeZone) {
		static RegionResponse of(Region r) {
			return new RegionResponse(r.code(), r.name(), r.timeZone());
		}
	}

	record MunicipalityResponse(UUID id, String regionCode,
			@Schema(example = "Кольский район") String name, @Nullable String oktmo) {
		static MunicipalityResponse of(Municipality m) {
			return new MunicipalityResponse(m.id(), m.regionCode(), m.name(), m.oktmo());
		}
	}
}
