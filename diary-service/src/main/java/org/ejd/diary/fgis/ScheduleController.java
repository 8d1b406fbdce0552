package org.ejd.diary.fgis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.diary.portal.PortalLinks;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * FGIS «Моя школа» pulls a pupil's or a teacher's Schedule by ESIA account id. Only registered FGIS clients (client
 * credentials, their own realm role; ADR 0021); refusals as a FHIR OperationOutcome ({@link ScheduleOutcomes}).
 */
@RestController
class ScheduleController {

	static final String FHIR_JSON = "application/fhir+json";

	/** The longest ESIA account id (digits); a longer path is refused as bad input, an unknown one is 404. */
	static final int MAX_ESIA_ID = 20;

	private static final Pattern ESIA_ID = Pattern.compile("[0-9]{1," + MAX_ESIA_ID + "}");

	private final PortalLinks links;

	private final Schedules schedules;

	private final FgisProperties properties;

	private final SchoolTime time;

	private final ScheduleWriter writer;

	ScheduleController(PortalLinks links, Schedules schedules, FgisProperties properties, SchoolTime time) {
		this.links = links;
		this.schedules = schedules;
		this.properties = properties;
		this.time = time;
		this.writer = new ScheduleWriter(properties.fieldNames());
	}

	@GetMapping(path = "/Schedule/{esiaId}", produces = { FHIR_JSON, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Map<String, Object>> schedule(
			@Parameter(description = "Идентификатор учётной записи ЕСИА, до 20 цифр / the ESIA account id, up to 20 digits",
					schema = @Schema(type = "string", maxLength = MAX_ESIA_ID)) @PathVariable String esiaId,
			@Parameter(schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) @Nullable String start,
			@Parameter(schema = @Schema(type = "string", format = "date")) @RequestParam(required = false) @Nullable String end) {
		requireFgisClient();
		if (esiaId.length() > MAX_ESIA_ID) {
			throw Refusal.invalid("diary.fgis.esia-id-too-long", String.valueOf(MAX_ESIA_ID));
		}
		Schedules.Holder holder = (ESIA_ID.matcher(esiaId).matches() ? links.personOfEsiaId(esiaId) : java.util.Optional.<UUID>empty())
			.flatMap(schedules::holder)
			.orElseThrow(() -> Refusal.unknown("diary.fgis.not-found"));
		ScheduleSpan span = ScheduleSpan.of(start, end, time.today(holder.zone()), properties.maxDays());
		Map<String, Object> schedule = new LinkedHashMap<>();
		schedule.put("resourceType", "Schedule");
		schedule.put("esiaId", esiaId);
		schedule.put("role", holder instanceof Schedules.Holder.Pupil ? "pupil" : "teacher");
		schedule.put("start", span.start().toString());
		schedule.put("end", span.end().toString());
		schedule.put("schools", schedules.schools(holder, span, properties));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(writer.rename(schedule));
	}

	/** A registered FGIS client: its client id is listed and its token carries the FGIS realm role and scope. */
	private void requireFgisClient() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token) || !isFgisClient(token.getToken(), properties)) {
			throw Refusal.notAllowed("diary.fgis.forbidden");
		}
	}

	static boolean isFgisClient(Jwt jwt, FgisProperties properties) {
		if (!properties.clients().contains(jwt.getClaimAsString("azp"))) {
			return false;
		}
		String scope = jwt.getClaimAsString("scope");
		if (scope == null || !List.of(scope.split(" ")).contains(properties.scope())) {
			return false;
		}
		Object realmAccess = jwt.getClaims().get("realm_access");
		return realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> roles
				&& roles.contains(properties.role());
	}
}
