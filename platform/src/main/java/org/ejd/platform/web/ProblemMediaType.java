package org.ejd.platform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;

/** {@code application/problem+json} with an explicit UTF-8 charset: details are Russian text. */
public final class ProblemMediaType {

	public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", StandardCharsets.UTF_8);

	private ProblemMediaType() {
	}
}
