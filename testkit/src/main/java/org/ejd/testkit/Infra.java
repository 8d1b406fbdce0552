package org.ejd.testkit;

import java.util.Locale;

/**
 * Where the real servers come from: {@code -Dtest.infra=embedded} (the default: Maven-delivered
 * artifacts, no Docker), {@code containers} (Testcontainers; needs a Docker engine) or {@code auto}
 * (containers where a Docker engine answers, embedded otherwise). SMTP is GreenMail in the JVM
 * either way: it is a real SMTP server and needs no container.
 */
enum Infra {

	EMBEDDED, CONTAINERS;

	static Infra current() {
		String mode = System.getProperty("test.infra", "embedded").toLowerCase(Locale.ROOT);
		return switch (mode) {
			case "containers" -> CONTAINERS;
			case "auto" -> Containers.dockerAnswers() ? CONTAINERS : EMBEDDED;
			case "embedded" -> EMBEDDED;
			default -> throw new IllegalArgumentException("test.infra must be embedded, containers or auto, not " + mode);
		};
	}
}
