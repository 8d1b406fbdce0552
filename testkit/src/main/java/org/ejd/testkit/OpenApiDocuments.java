package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed API descriptions ({@code docs/openapi/<service>.json}) against what a running service serves: a change
 * of the contract fails the build with its diff until the file is regenerated on purpose with
 * {@code -Dejd.openapi.write=true} (or {@code EJD_OPENAPI_WRITE=true}) and committed with the change.
 */
public final class OpenApiDocuments {

	/** What the test realm's issuer (a free port each run) is written as in the committed files. */
	public static final String PUBLISHED_ISSUER = "https://keycloak.example/realms/ejd";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.build();

	private OpenApiDocuments() {
	}

	/**
	 * Compares the served document with the committed one (or writes it when asked to).
	 *
	 * @param service the file's name under {@code docs/openapi/}, e.g. {@code diary}
	 * @param served the body of the service's {@code /v3/api-docs}
	 */
	public static void assertMatchesCommitted(String service, String served) {
		String actual = normalized(served);
		Path file = repositoryRoot().resolve("docs/openapi").resolve(service + ".json");
		try {
			Path target = Path.of("target", "openapi", service + ".json");
			Files.createDirectories(target.getParent());
			Files.writeString(target, actual, StandardCharsets.UTF_8);
			if (regenerate()) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, actual, StandardCharsets.UTF_8);
				return;
			}
			compare(file, actual, target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fails with the differing lines when the committed file is not the served document. */
	static void compare(Path committedFile, String actual, Path served) throws IOException {
		String committed = Files.isRegularFile(committedFile) ? Files.readString(committedFile, StandardCharsets.UTF_8) : "";
		if (!committed.equals(actual)) {
			throw new AssertionError("The API differs from " + committedFile + " (served: " + served.toAbsolutePath()
					+ "). If the change is meant, regenerate with -Dejd.openapi.write=true and commit it.\n" + diff(committed, actual));
		}
	}

	/** Keys sorted, two-space indent, a final newline, and the test realm's issuer replaced by the published one. */
	static String normalized(String served) {
		String issuer = RealServers.keycloak().issuerUri();
		JsonNode document = JSON.readTree(served.replace(issuer, PUBLISHED_ISSUER));
		return JSON.writeValueAsString(document) + "\n";
	}

	static boolean regenerate() {
		return Boolean.getBoolean("ejd.openapi.write") || "true".equalsIgnoreCase(System.getenv("EJD_OPENAPI_WRITE"));
	}

	/** The lines that differ, as {@code -committed} and {@code +served} with line numbers (the first 60). */
	static String diff(String committed, String actual) {
		List<String> left = committed.lines().toList();
		List<String> right = actual.lines().toList();
		int start = 0;
		while (start < left.size() && start < right.size() && left.get(start).equals(right.get(start))) {
			start++;
		}
		int endLeft = left.size() - 1;
		int endRight = right.size() - 1;
		while (endLeft >= start && endRight >= start && left.get(endLeft).equals(right.get(endRight))) {
			endLeft--;
			endRight--;
		}
		List<String> out = new ArrayList<>();
		out.add("@@ line " + (start + 1) + " @@");
		for (int i = start; i <= endLeft && out.size() < 30; i++) {
			out.add("-" + left.get(i));
		}
		for (int i = start; i <= endRight && out.size() < 60; i++) {
			out.add("+" + right.get(i));
		}
		return String.join("\n", out);
	}

	private static Path repositoryRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
				return dir;
			}
		}
		throw new IllegalStateException("the repository (mvnw, docs/) not found above " + Path.of("").toAbsolutePath());
	}
}
