package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What a scan can check of the Kubernetes manifests in infra/k8s (issue 18): every document parses and is a Kubernetes
 * object; each of the seven services has probes on the management port, resources, a disruption budget; the stateless
 * ones autoscale; no image floats; no secret is written in clear; only the gateway and Keycloak are public.
 */
class KubernetesManifestsTest {

	static final Set<String> SERVICES = Set.of("gateway", "identity-service", "journal-service", "diary-service",
			"consent-service", "notification-service", "oneroster-service");

	static final List<Manifest> MANIFESTS = new ArrayList<>();

	@BeforeAll
	static void parseEveryManifest() throws IOException {
		Path root = k8sFolder();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				for (Object document : new Yaml().loadAll(Files.readString(file))) {
					if (document != null) {
						MANIFESTS.add(new Manifest(root.relativize(file).toString(), map(document)));
					}
				}
			}
		}
	}

	@Test
	void everyDocumentIsAKubernetesObjectWithAVersionAKindAndAName() {
		assertThat(MANIFESTS).hasSizeGreaterThan(30);
		assertThat(MANIFESTS).allSatisfy(m -> {
			assertThat(m.body().get("apiVersion")).as(m.file()).isNotNull();
			assertThat(m.body().get("kind")).as(m.file()).isNotNull();
			if (!"Kustomization".equals(m.kind())) {
				assertThat(map(m.body().get("metadata")).get("name")).as(m.file()).isNotNull();
			}
		});
	}

	@Test
	void eachServiceHasADeploymentAServiceAndADisruptionBudgetAndTheStatelessOnesAnAutoscaler() {
		for (String service : SERVICES) {
			assertThat(named("Deployment", service)).as(service).hasSize(1);
			assertThat(named("Service", service)).as(service).hasSize(1);
			assertThat(named("PodDisruptionBudget", service)).as(service).hasSize(1);
		}
		assertThat(MANIFESTS.stream().filter(m -> m.kind().equals("HorizontalPodAutoscaler")).map(Manifest::name))
			.containsExactlyInAnyOrder("gateway", "identity-service", "journal-service", "diary-service", "consent-service",
				"oneroster-service");
	}

	@Test
	void everyContainerHasProbesResourcesAndAPinnedImageAndTheServicesProbeTheManagementPort() {
		List<Manifest> deployments = MANIFESTS.stream().filter(m -> m.kind().equals("Deployment")).toList();
		assertThat(deployments).hasSize(8);
		for (Manifest deployment : deployments) {
			for (Map<String, Object> container : containers(deployment)) {
				String where = deployment.file() + " " + container.get("name");
				String image = String.valueOf(container.get("image"));
				assertThat(image).as(where).matches(".+:[^:/]+$").doesNotEndWith(":latest");
				Map<String, Object> resources = map(container.get("resources"));
				assertThat(map(resources.get("requests"))).as(where).containsKeys("cpu", "memory");
				assertThat(map(resources.get("limits"))).as(where).containsKeys("memory");
				for (String probe : List.of("readinessProbe", "livenessProbe")) {
					Map<String, Object> get = map(map(container.get(probe)).get("httpGet"));
					assertThat(get).as(where + " " + probe).containsEntry("port", "management");
					if (SERVICES.contains(deployment.name())) {
						assertThat(get.get("path")).as(where).isEqualTo(probe.startsWith("readiness")
								? "/actuator/health/readiness" : "/actuator/health/liveness");
						assertThat(list(container.get("ports"))).as(where)
							.anySatisfy(port -> assertThat(map(port)).containsEntry("name", "management").containsEntry("containerPort", 9090));
					}
				}
			}
		}
	}

	@Test
	void noSecretIsWrittenInClearOnlyReferencedFromASecretMadeFromTheEnvironment() {
		assertThat(MANIFESTS).noneMatch(m -> m.kind().equals("Secret")
				&& (m.body().containsKey("data") || m.body().containsKey("stringData")));
		for (Manifest deployment : MANIFESTS.stream().filter(m -> m.kind().equals("Deployment")).toList()) {
			for (Map<String, Object> container : containers(deployment)) {
				for (Object entry : list(container.get("env"))) {
					Map<String, Object> env = map(entry);
					if (String.valueOf(env.get("name")).matches("(?i).*(PASSWORD|SECRET|TOKEN|_KEY)$")) {
						assertThat(env).as(deployment.file() + " " + env.get("name")).doesNotContainKey("value");
						assertThat(map(map(env.get("valueFrom")).get("secretKeyRef"))).as(deployment.file() + " " + env.get("name"))
							.containsKey("key");
					}
				}
			}
		}
		Manifest region = MANIFESTS.stream().filter(m -> m.file().equals("overlays/region/kustomization.yaml")).findFirst().orElseThrow();
		assertThat(map(list(region.body().get("secretGenerator")).getFirst()).get("envs")).as("values from secrets.env, kept out of git")
			.isEqualTo(List.of("secrets.env"));
	}

	@Test
	void keycloakGetsEverySecretTheRealmFileAsksForFromTheSecretAndTheRegionListsItsKey() throws IOException {
		Path realm = k8sFolder().resolveSibling("keycloak/ejd-realm.json");
		Set<String> asked = new java.util.TreeSet<>();
		java.util.regex.Matcher placeholder = java.util.regex.Pattern.compile("\\$\\{(EJD_[A-Z_]+)}").matcher(Files.readString(realm));
		while (placeholder.find()) {
			asked.add(placeholder.group(1));
		}
		assertThat(asked).as("placeholders without a default in " + realm).contains("EJD_IDENTITY_ADMIN_SECRET", "EJD_FGIS_SECRET");
		Map<String, Map<String, Object>> env = new java.util.HashMap<>();
		containers(named("Deployment", "keycloak").getFirst())
			.forEach(c -> list(c.get("env")).forEach(e -> env.put(String.valueOf(map(e).get("name")), map(e))));
		String example = Files.readString(k8sFolder().resolve("overlays/region/secrets.env.example"));
		for (String name : asked) {
			assertThat(env).as("keycloak's container sets " + name + ", or Keycloak imports the literal placeholder").containsKey(name);
			Map<String, Object> secret = map(map(env.get(name).get("valueFrom")).get("secretKeyRef"));
			if (!secret.isEmpty()) {
				assertThat(example).as("secrets.env.example names " + secret.get("key")).containsPattern("(?m)^" + secret.get("key") + "=$");
			}
		}
	}

	@Test
	void onlyTheGatewayAndKeycloakArePublic() {
		List<String> backends = new ArrayList<>();
		MANIFESTS.stream().filter(m -> m.kind().equals("Ingress")).forEach(ingress -> list(map(ingress.body().get("spec")).get("rules"))
			.forEach(rule -> list(map(map(rule).get("http")).get("paths"))
				.forEach(path -> backends.add(String.valueOf(map(map(map(path).get("backend")).get("service")).get("name"))))));
		assertThat(backends).containsExactlyInAnyOrder("gateway", "keycloak");
		assertThat(MANIFESTS.stream().filter(m -> m.kind().equals("Service")))
			.allSatisfy(s -> assertThat(map(s.body().get("spec")).get("type")).as(s.name()).isIn(null, "ClusterIP"));
		assertThat(named("NetworkPolicy", "default-deny-ingress")).hasSize(1);
		assertThat(named("NetworkPolicy", "services-from-gateway")).hasSize(1);
	}

	private static List<Manifest> named(String kind, String name) {
		return MANIFESTS.stream().filter(m -> m.kind().equals(kind) && name.equals(m.name())).toList();
	}

	private static List<Map<String, Object>> containers(Manifest deployment) {
		Map<String, Object> pod = map(map(map(deployment.body().get("spec")).get("template")).get("spec"));
		return list(pod.get("containers")).stream().map(KubernetesManifestsTest::map).toList();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	static List<Object> list(Object value) {
		return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
	}

	private static Path k8sFolder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("infra/k8s");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("infra/k8s not found above " + Path.of("").toAbsolutePath());
	}

	record Manifest(String file, Map<String, Object> body) {

		String kind() {
			return String.valueOf(body.get("kind"));
		}

		String name() {
			return String.valueOf(map(body.get("metadata")).get("name"));
		}
	}
}
