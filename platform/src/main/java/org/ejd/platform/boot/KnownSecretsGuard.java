package org.ejd.platform.boot;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Refuses to start a service whose secrets (a setting named {@code *secret*}, {@code *password*}
 * or {@code *key*}) still hold a published placeholder such as {@code change-me…}: whoever reads
 * the repository would know them. Only the {@code demo} profile may run with them.
 */
public class KnownSecretsGuard implements EnvironmentPostProcessor, Ordered {

	public static final String DEMO_PROFILE = "demo";

	/** Placeholders written in this repository's history and the defaults of the servers it uses. */
	private static final List<String> KNOWN_PREFIXES = List.of("change-me", "changeme");

	private static final java.util.Set<String> KNOWN_VALUES = java.util.Set.of("ejd", "postgres", "admin", "password", "secret");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (Arrays.asList(environment.getActiveProfiles()).contains(DEMO_PROFILE)) {
			return;
		}
		TreeSet<String> known = new TreeSet<>();
		environment.getPropertySources().forEach(source -> {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					if (isSecretName(name) && isKnown(environment.getProperty(name))) {
						known.add(name);
					}
				}
			}
		});
		if (!known.isEmpty()) {
			throw new IllegalStateException("Secrets with a published default value: " + known
					+ ". Set them from the environment (or a secret store), or run with the '" + DEMO_PROFILE
					+ "' profile for a local demo.");
		}
	}

	static boolean isSecretName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith("secret") || lower.endsWith("password") || lower.endsWith("-key") || lower.endsWith(".key");
	}

	static boolean isKnown(String value) {
		if (value == null) {
			return false;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		return KNOWN_VALUES.contains(lower) || KNOWN_PREFIXES.stream().anyMatch(lower::startsWith);
	}

	/** After the configuration files are read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
