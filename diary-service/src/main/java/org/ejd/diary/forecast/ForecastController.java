package org.ejd.diary.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.marks.ContentTags;
import org.jspecify.annotations.Nullable;
import org.ejd.platform.web.SendsETag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

@RestController
class ForecastController {

	private final Forecasts forecasts;

	private final DiaryAccess access;

	private final ContentTags tags;

	ForecastController(Forecasts forecasts, DiaryAccess access, ContentTags tags) {
		this.forecasts = forecasts;
		this.access = access;
		this.tags = tags;
	}

	/** The expected period mark per subject (D8), by default for the period holding the school's today. */
	@GetMapping("/api/diary/students/{studentId}/forecast")
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = ContentTags.IF_NONE_MATCH, schema = @Schema(type = "string"))
	@SendsETag
	ResponseEntity<Forecasts.ForecastView> forecast(@PathVariable UUID studentId,
			@RequestParam(required = false) @Nullable UUID periodId, WebRequest request) {
		access.read(studentId, "forecast");
		return tags.answer(request, forecasts.of(studentId, periodId));
	}

	/** The forecast as if the family's hypothetical marks were given too; answered, never stored. */
	@PostMapping("/api/diary/students/{studentId}/forecast/what-if")
	Forecasts.ForecastView whatIf(@PathVariable UUID studentId, @Valid @RequestBody WhatIfRequest request) {
		access.read(studentId, "forecast");
		return forecasts.whatIf(studentId, request.periodId(), request.marks().stream()
			.map(m -> new Forecasts.Hypothetical(m.subjectName(), m.value().strip(), m.workType(), m.weight())).toList());
	}

	record WhatIfRequest(@Nullable UUID periodId, @NotEmpty @Size(max = 50) List<@Valid HypotheticalMark> marks) {
	}

	record HypotheticalMark(@NotBlank @Size(max = 200) String subjectName, @NotBlank @Size(max = 20) String value,
			@Nullable @Size(max = 20) String workType, @Nullable BigDecimal weight) {
	}
}
