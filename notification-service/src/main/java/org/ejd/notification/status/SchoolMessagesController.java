package org.ejd.notification.status;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Delivery status of a school's messages for its admin, as JSON or CSV (formula-safe cells). */
@RestController
class SchoolMessagesController {

	private final DeliveryReport report;

	private final InformingPolicies policies;

	SchoolMessagesController(DeliveryReport report, InformingPolicies policies) {
		this.report = report;
		this.policies = policies;
	}

	/** SMS sent for the school's families between two of its days (default: this month), with segments: what they cost. */
	@GetMapping("/api/notifications/schools/{schoolId}/sms-usage")
	DeliveryReport.SmsUsage smsUsage(@PathVariable UUID schoolId,
			@RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@RequestParam @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to) {
		return report.smsUsage(Callers.current(), schoolId, from, to);
	}

	/** The school's informing deadlines in days (N3; defaults: a mark 2, an absence 1). */
	record PolicyRequest(@Min(value = 1, message = "{policy.days}") @Max(value = 30, message = "{policy.days}") int markDays,
			@Min(value = 1, message = "{policy.days}") @Max(value = 30, message = "{policy.days}") int absenceDays) {
	}

	@GetMapping("/api/notifications/schools/{schoolId}/informing-policy")
	InformingPolicies.Policy policy(@PathVariable UUID schoolId) {
		return policies.read(Callers.current(), schoolId);
	}

	@org.springframework.web.bind.annotation.PutMapping("/api/notifications/schools/{schoolId}/informing-policy")
	InformingPolicies.Policy setPolicy(@PathVariable UUID schoolId,
			@Valid @org.springframework.web.bind.annotation.RequestBody PolicyRequest request) {
		return policies.set(Callers.current(), schoolId, request.markDays(), request.absenceDays());
	}

	record DigestDayRequest(@Schema(example = "friday") @Nullable @Size(max = 9) String weeklyOn) {
	}

	/** The school's weekday for weekly digests (a recipient's own weekday wins over it). */
	@GetMapping("/api/notifications/schools/{schoolId}/digest-day")
	InformingPolicies.DigestDay digestDay(@PathVariable UUID schoolId) {
		return policies.digestDay(Callers.current(), schoolId);
	}

	@org.springframework.web.bind.annotation.PutMapping("/api/notifications/schools/{schoolId}/digest-day")
	InformingPolicies.DigestDay setDigestDay(@PathVariable UUID schoolId,
			@Valid @org.springframework.web.bind.annotation.RequestBody DigestDayRequest request) {
		return policies.setDigestDay(Callers.current(), schoolId, request.weeklyOn());
	}

	@GetMapping(path = "/api/notifications/schools/{schoolId}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	List<DeliveryReport.Row> messages(@PathVariable UUID schoolId, @RequestParam(required = false) @Size(max = 32) @Nullable String status,
			@RequestParam(defaultValue = "false") boolean missedDeadline, @RequestParam(defaultValue = "100")
			@Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + DeliveryReport.MAX_LIMIT, defaultValue = "100")) int limit) {
		return report.of(Callers.current(), schoolId, status, missedDeadline, limit);
	}

	@GetMapping(path = "/api/notifications/schools/{schoolId}/messages", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable UUID schoolId, @RequestParam(required = false) @Size(max = 32) @Nullable String status,
			@RequestParam(defaultValue = "false") boolean missedDeadline, @RequestParam(defaultValue = "100")
			@Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + DeliveryReport.MAX_LIMIT, defaultValue = "100")) int limit) {
		StringBuilder csv = new StringBuilder(
				"id,recipientId,studentId,channel,kind,status,rule,attempts,lastError,occurredAt,dueAt,sentAt,deadline,missedDeadline\r\n");
		for (DeliveryReport.Row r : report.of(Callers.current(), schoolId, status, missedDeadline, limit)) {
			csv.append(String.join(",", List.of(r.id().toString(), r.recipientId().toString(), r.studentId() != null ? r.studentId().toString() : "", r.channel(),
					cell(r.kind()), r.status(), cell(r.rule()), Integer.toString(r.attempts()), cell(r.lastError()),
					r.occurredAt().toString(), r.dueAt().toString(), r.sentAt() != null ? r.sentAt().toString() : "", r.deadline().toString(),
					Boolean.toString(r.missedDeadline())))).append("\r\n");
		}
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(csv.toString());
	}

	/** Quoted, quotes doubled, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula. */
	static String cell(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}
}
