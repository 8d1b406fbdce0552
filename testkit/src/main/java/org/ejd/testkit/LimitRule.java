package org.ejd.testkit;

import java.util.List;
import java.util.Map;

import org.ejd.testkit.ApiClient.Response;

/**
 * The paging rule every list keeps (ADR 0057), checked through a running service: {@code limit} = the cap answers 200,
 * {@code limit} = cap + 1 and 0 answer 400 problem+json whose detail names the cap, in Russian and, on
 * {@code Accept-Language: en}, in English.
 */
public final class LimitRule {

	private LimitRule() {
	}

	/**
	 * @param api the service (or the gateway)
	 * @param path a list's path, with or without a query of its own
	 * @param token a caller who may read the list
	 * @param cap the list's cap, as its document's {@code maximum}
	 */
	public static void assertRefusedBeyond(ApiClient api, String path, String token, int cap) {
		String join = path.contains("?") ? "&" : "?";
		Response atCap = api.get(path + join + "limit=" + cap, token);
		if (atCap.status() != 200) {
			throw new AssertionError(path + " with limit=" + cap + " (the cap) answered " + atCap);
		}
		for (int outside : List.of(cap + 1, 0)) {
			Response ru = api.get(path + join + "limit=" + outside, token);
			expectRefusal(path, outside, ru, "от 1 до " + cap);
			Response en = api.send("GET", path + join + "limit=" + outside, token, null, Map.of("Accept-Language", "en"));
			expectRefusal(path, outside, en, "from 1 to " + cap);
		}
	}

	private static void expectRefusal(String path, int limit, Response answer, String namingTheCap) {
		if (answer.status() != 400 || !answer.isProblem()
				|| !answer.json().path("detail").asString("").contains(namingTheCap)
				|| !"problem.paging.bad-limit".equals(answer.json().path("code").asString(""))) {
			throw new AssertionError(path + " with limit=" + limit + " must be 400 problem+json (problem.paging.bad-limit) whose detail says '"
					+ namingTheCap + "', answered " + answer);
		}
	}
}
