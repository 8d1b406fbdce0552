package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The repository's Prometheus alert rules ({@code infra/observability/prometheus/ejd-alerts.yml}) and Grafana dashboard
 * ({@code grafana/ejd-overview.json}) as the PromQL expressions they evaluate and the metric names those read, so a test
 * can find each in a running service's scrape.
 */
public final class ObservabilityRules {

	/** Not a service's: Prometheus's own {@code up}, the blackbox exporter's TLS probe of the public host. */
	public static final Set<String> FROM_ELSEWHERE = Set.of("up", "probe_ssl_earliest_cert_expiry");

	private ObservabilityRules() {
	}

	/** Each alert rule's {@code expr}. */
	public static List<String> alertExpressions() {
		try {
			Map<String, Object> rules = new Yaml().load(Files.readString(folder().resolve("prometheus/ejd-alerts.yml")));
			List<String> expressions = new ArrayList<>();
			for (Object group : (List<?>) rules.get("groups")) {
				for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
					expressions.add(String.valueOf(((Map<?, ?>) rule).get("expr")));
				}
			}
			return expressions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each dashboard panel target's {@code expr}. */
	public static List<String> dashboardExpressions() {
		JsonNode dashboard = JsonMapper.builder().build().readTree(folder().resolve("grafana/ejd-overview.json").toFile());
		List<String> expressions = new ArrayList<>();
		for (JsonNode panel : dashboard.get("panels")) {
			for (JsonNode target : panel.get("targets")) {
				expressions.add(target.get("expr").asString());
			}
		}
		return expressions;
	}

	/** Every metric the alerts and the dashboard name, but {@link #FROM_ELSEWHERE}, sorted. */
	public static Set<String> metricNames() {
		Set<String> named = new TreeSet<>();
		alertExpressions().forEach(expression -> named.addAll(PromQl.metricNames(expression)));
		dashboardExpressions().forEach(expression -> named.addAll(PromQl.metricNames(expression)));
		named.removeAll(FROM_ELSEWHERE);
		return named;
	}

	/** Whether a Prometheus scrape has a series of the metric. */
	public static boolean exported(String scrape, String name) {
		return scrape.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
	}

	private static Path folder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("infra/observability");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("infra/observability not found above " + Path.of("").toAbsolutePath());
	}
}
