package org.ejd.oneroster.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OneRoster 1.2 error body ({@code imsx_StatusInfo} of the REST binding): code major {@code failure}, severity
 * {@code error}, a description for people (Russian first, English by {@code Accept-Language}) and the code minor.
 */
final class Imsx {

	private Imsx() {
	}

	static Map<String, Object> failure(String description, String codeMinor) {
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("imsx_codeMinorFieldName", "TargetEndSystem");
		field.put("imsx_codeMinorFieldValue", codeMinor);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("imsx_codeMajor", "failure");
		body.put("imsx_severity", "error");
		body.put("imsx_description", description);
		body.put("imsx_CodeMinor", Map.of("imsx_codeMinorField", List.of(field)));
		return body;
	}
}
