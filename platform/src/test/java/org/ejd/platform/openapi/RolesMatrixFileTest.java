package org.ejd.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints the authorization suites leave out of {@code docs/roles-and-scopes.matrix.json} tell an integrator who
 * may call them and why others may not ({@code rule}, which the documents show as {@code x-ejd-roles.rule}); why the
 * suite leaves them out, with the test that covers them, stays for us in {@code why}.
 */
class RolesMatrixFileTest {

	private static final Pattern TEST_CLASS = Pattern.compile("\\b[A-Z][A-Za-z]+(IT|Test|Tests)\\b|\\bfixture\\b|\\bthe suite\\b");

	@Test
	void everyEndpointLeftOutOfTheSuitesHasARuleForIntegratorsThatNamesNoTest() throws Exception {
		JsonNode file;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(RolesMatrix.LOCATION)) {
			assertThat(in).as(RolesMatrix.LOCATION + " on the classpath").isNotNull();
			file = JsonMapper.builder().build().readTree(in);
		}
		List<String> wrong = new ArrayList<>();
		int left = 0;
		for (var service : file.path("services").properties()) {
			for (JsonNode endpoint : service.getValue().path("left")) {
				left++;
				String name = service.getKey() + " " + endpoint.path("method").asString() + " " + endpoint.path("path").asString();
				String rule = endpoint.path("rule").asString("");
				if (rule.isBlank()) {
					wrong.add(name + ": no rule");
				}
				else if (TEST_CLASS.matcher(rule).find()) {
					wrong.add(name + ": the rule speaks of our tests: " + rule);
				}
				if (endpoint.path("why").asString("").isBlank()) {
					wrong.add(name + ": no why (what covers it instead of the suite)");
				}
			}
		}
		assertThat(left).isGreaterThan(0);
		assertThat(wrong).isEmpty();
	}
}
