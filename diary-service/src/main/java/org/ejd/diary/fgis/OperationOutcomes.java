package org.ejd.diary.fgis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejd.platform.refusal.Refusal;
import jakarta.servlet.http.HttpServletResponse;

/** A FHIR OperationOutcome with one issue: how the FGIS contract answers every refusal (ADR 0021). */
final class OperationOutcomes {

	private OperationOutcomes() {
	}

	static Map<String, Object> of(String code, String diagnostics) {
		Map<String, Object> issue = new LinkedHashMap<>();
		issue.put("severity", "error");
		issue.put("code", code);
		issue.put("diagnostics", diagnostics);
		Map<String, Object> outcome = new LinkedHashMap<>();
		outcome.put("resourceType", "OperationOutcome");
		outcome.put("issue", List.of(issue));
		return outcome;
	}

	/**
	 * The HTTP status and the FHIR issue type (http://hl7.org/fhir/issue-type) of a refusal: this contract's own web
	 * mapping, beside platform's ProblemAdvice (servlet status numbers, as this is no controller).
	 */
	static int status(Refusal.Kind kind) {
		return switch (kind) {
			case UNKNOWN -> HttpServletResponse.SC_NOT_FOUND;
			case NOT_ALLOWED -> HttpServletResponse.SC_FORBIDDEN;
			case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
			case TOO_MANY_ATTEMPTS -> 429;
			case UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
			default -> 422;
		};
	}

	static String code(Refusal.Kind kind) {
		return switch (kind) {
			case UNKNOWN -> "not-found";
			case NOT_ALLOWED -> "forbidden";
			case INVALID -> "invalid";
			case TOO_MANY_ATTEMPTS -> "throttled";
			case UNAVAILABLE -> "transient";
			default -> "processing";
		};
	}
}
