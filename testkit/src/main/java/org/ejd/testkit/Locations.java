package org.ejd.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where testkit finds what Maven delivered and where it keeps unpacked servers. */
final class Locations {

	private Locations() {
	}

	/** {@code ejd.cache.dir}, else {@code ~/.cache/ejd}: kept across builds, so only the first start unpacks. */
	static Path cacheDir() {
		String configured = System.getProperty("ejd.cache.dir");
		return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".cache", "ejd");
	}

	/** An artifact in the local Maven repository ({@code ejd.maven.repo}, set by the build). */
	static Path mavenArtifact(String group, String artifact, String version, String extension) {
		String repo = System.getProperty("ejd.maven.repo");
		Path root = repo != null && !repo.isBlank() ? Path.of(repo) : Path.of(System.getProperty("user.home"), ".m2", "repository");
		Path file = root.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
			.resolve(artifact + "-" + version + "." + extension);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("Maven has not downloaded " + group + ":" + artifact + ":" + version + ":"
					+ extension + " to " + file + "; build the project with ./mvnw first (testkit depends on it)");
		}
		return file;
	}

	/** The realm export of the repository: {@code ejd.realm.file}, else found upwards from the working folder. */
	static Path realmFile() {
		String configured = System.getProperty("ejd.realm.file");
		if (configured != null && Files.isRegularFile(Path.of(configured))) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("infra/keycloak/ejd-realm.json");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("infra/keycloak/ejd-realm.json not found; set -Dejd.realm.file");
	}
}
