package org.ejd.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what on eJD's Kafka, derived in one place from the catalogue {@code contracts/topics.json} (docs/adr/0050):
 * a service writes only the topics it produces and the dead-letter topics of those it consumes, reads only what it
 * consumes, in consumer groups named after itself. The test broker ({@link KafkaServer}), the compose init script
 * ({@code infra/kafka/acls.sh}) and the Strimzi users ({@code infra/k8s/operators/strimzi-kafka-users.yaml}) are all
 * written from this class; {@code KafkaAclsTest} fails when a committed file differs from what it gives
 * ({@code main} rewrites them).
 */
public final class KafkaAcls {

	/** The broker's own user and the tests' admin and probe clients: a super user, never a service's. */
	public static final String SUPER_USER = "ejd-admin";

	public static final String MECHANISM = "SCRAM-SHA-512";

	static final String DLT_SUFFIX = ".dlt";

	/** One ACL entry: operations a service's user may do on a resource. */
	public record Grant(String service, ResourceType type, String name, PatternType pattern, List<AclOperation> operations) {

		List<AclBinding> bindings() {
			return operations.stream()
				.map(op -> new AclBinding(new ResourcePattern(type, name, pattern),
						new AccessControlEntry(principal(service), "*", op, AclPermissionType.ALLOW)))
				.toList();
		}
	}

	private static final List<AclOperation> PRODUCED = List.of(AclOperation.WRITE, AclOperation.DESCRIBE,
			AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS, AclOperation.ALTER);

	// topics as code (docs/adr/0020): whoever starts first creates the topic, only its producer changes it
	private static final List<AclOperation> OWN_DEAD_LETTERS = List.of(AclOperation.DESCRIBE, AclOperation.CREATE,
			AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS, AclOperation.ALTER);

	private static final List<AclOperation> CONSUMED = List.of(AclOperation.READ, AclOperation.DESCRIBE,
			AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);

	// a record the consumer can never handle goes to <topic>.dlt, written by the consumer
	private static final List<AclOperation> CONSUMED_DEAD_LETTERS = List.of(AclOperation.WRITE, AclOperation.DESCRIBE,
			AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);

	private static final List<AclOperation> GROUPS = List.of(AclOperation.READ, AclOperation.DESCRIBE);

	private KafkaAcls() {
	}

	public static String principal(String service) {
		return "User:" + service;
	}

	/** Every service the catalogue names, as producer or consumer: each is one Kafka user. */
	public static List<String> services() {
		TreeSet<String> services = new TreeSet<>();
		for (JsonNode entry : catalogue()) {
			services.add(entry.path("producer").asString());
			entry.path("consumers").forEach(consumer -> services.add(consumer.asString()));
		}
		return List.copyOf(services);
	}

	/** What one service may do, grouped by resource kind and operations (one kafka-acls call each). */
	public static List<Grant> grants(String service) {
		Map<List<AclOperation>, List<String>> topics = new LinkedHashMap<>();
		for (List<AclOperation> ops : List.of(PRODUCED, OWN_DEAD_LETTERS, CONSUMED, CONSUMED_DEAD_LETTERS)) {
			topics.put(ops, new ArrayList<>());
		}
		for (JsonNode entry : catalogue()) {
			String topic = entry.path("topic").asString();
			String deadLetters = entry.path("deadLetterTopic").asString(topic + DLT_SUFFIX);
			if (service.equals(entry.path("producer").asString())) {
				topics.get(PRODUCED).add(topic);
				topics.get(OWN_DEAD_LETTERS).add(deadLetters);
			}
			else if (consumes(entry, service)) {
				topics.get(CONSUMED).add(topic);
				topics.get(CONSUMED_DEAD_LETTERS).add(deadLetters);
			}
		}
		List<Grant> grants = new ArrayList<>();
		topics.forEach((ops, names) -> names.forEach(name -> grants.add(new Grant(service, ResourceType.TOPIC, name,
				PatternType.LITERAL, ops))));
		grants.add(new Grant(service, ResourceType.GROUP, groupPrefix(service), PatternType.PREFIXED, GROUPS));
		// idempotent producers (spring.kafka.producer.properties.enable.idempotence, platform defaults)
		grants.add(new Grant(service, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL,
				List.of(AclOperation.IDEMPOTENT_WRITE)));
		return grants;
	}

	/**
	 * The consumer groups a service may use: those whose names start with its short name and a dash. A listener's id is
	 * its group ({@code diary-marks}, {@code notification-verification}); the default group is the service name.
	 */
	public static String groupPrefix(String service) {
		return service.replace("-service", "") + "-";
	}

	/** Every service's ACLs as the Admin API takes them. */
	public static List<AclBinding> bindings() {
		return services().stream().flatMap(s -> grants(s).stream()).flatMap(g -> g.bindings().stream()).toList();
	}

	/** The environment variable that holds a service's Kafka password in compose: {@code EJD_KAFKA_JOURNAL_PASSWORD}. */
	public static String passwordVariable(String service) {
		return "EJD_KAFKA_" + service.replace("-service", "").replace('-', '_').toUpperCase(Locale.ROOT) + "_PASSWORD";
	}

	/** {@code infra/kafka/acls.sh}: run once by compose's {@code kafka-init} against the broker as the super user. */
	public static String composeScript() {
		StringBuilder out = new StringBuilder();
		out.append("""
				#!/bin/sh
				# Kafka users and ACLs of eJD, one user per service (docs/adr/0050). Generated from contracts/topics.json by
				# org.ejd.testkit.KafkaAcls; KafkaAclsTest fails when this file differs. Run by compose's kafka-init as the
				# super user; re-running it is harmless (credentials are set again, existing ACLs stay).
				set -eu
				BOOTSTRAP="${EJD_KAFKA_BOOTSTRAP:-kafka:9092}"
				CONFIG=$(mktemp)
				cat > "$CONFIG" <<EOF
				security.protocol=SASL_PLAINTEXT
				sasl.mechanism=SCRAM-SHA-512
				sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ejd-admin" password="${EJD_KAFKA_ADMIN_PASSWORD:?set EJD_KAFKA_ADMIN_PASSWORD}";
				EOF
				user() {
				  /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --alter \\
				    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$2]"
				}
				allow() {
				  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --command-config "$CONFIG" --add --force \\
				    --allow-principal "$@" >/dev/null
				}
				""");
		for (String service : services()) {
			String variable = passwordVariable(service);
			out.append("\n# ").append(service).append('\n');
			out.append("user ").append(service).append(" \"${").append(variable).append(":?set ").append(variable)
				.append("}\"\n");
			Map<String, List<Grant>> byKind = grants(service).stream()
				.collect(Collectors.groupingBy(g -> g.type() + " " + g.pattern() + " " + g.operations(), LinkedHashMap::new,
						Collectors.toList()));
			for (List<Grant> same : byKind.values()) {
				Grant first = same.get(0);
				out.append("allow ").append(principal(service));
				first.operations().forEach(op -> out.append(" --operation ").append(operationName(op)));
				if (first.pattern() == PatternType.PREFIXED) {
					out.append(" --resource-pattern-type prefixed");
				}
				for (Grant grant : same) {
					switch (grant.type()) {
						case TOPIC -> out.append(" \\\n  --topic ").append(grant.name());
						case GROUP -> out.append(" --group ").append(grant.name());
						case CLUSTER -> out.append(" --cluster");
						default -> throw new IllegalStateException("no kafka-acls option for " + grant.type());
					}
				}
				out.append('\n');
			}
		}
		out.append("\nrm -f \"$CONFIG\"\necho \"eJD Kafka users and ACLs are in place\"\n");
		return out.toString();
	}

	/** {@code infra/k8s/operators/strimzi-kafka-users.yaml}: the same users as Strimzi {@code KafkaUser} resources. */
	public static String strimziUsers() {
		StringBuilder out = new StringBuilder();
		out.append("""
				# Kafka users of eJD for Strimzi (docs/adr/0050): SCRAM-SHA-512, ACLs per service. Generated from
				# contracts/topics.json by org.ejd.testkit.KafkaAcls; KafkaAclsTest fails when this file differs. The User
				# Operator writes each password to a Secret named after the user (key: password); the services read it as
				# EJD_KAFKA_PASSWORD. Needs the listener's `authentication: {type: scram-sha-512}` and
				# `authorization: {type: simple}` in strimzi-kafka.yaml.
				""");
		for (String service : services()) {
			out.append("---\n");
			out.append("apiVersion: kafka.strimzi.io/v1beta2\n");
			out.append("kind: KafkaUser\n");
			out.append("metadata:\n");
			out.append("  name: ").append(service).append('\n');
			out.append("  namespace: ejd\n");
			out.append("  labels: {strimzi.io/cluster: ejd-kafka}\n");
			out.append("spec:\n");
			out.append("  authentication: {type: scram-sha-512}\n");
			out.append("  authorization:\n");
			out.append("    type: simple\n");
			out.append("    acls:\n");
			for (Grant grant : grants(service)) {
				String ops = grant.operations().stream().map(KafkaAcls::operationName).collect(Collectors.joining(", "));
				String resource = switch (grant.type()) {
					case TOPIC -> "{type: topic, name: " + grant.name() + ", patternType: literal}";
					case GROUP -> "{type: group, name: " + grant.name() + ", patternType: "
							+ (grant.pattern() == PatternType.PREFIXED ? "prefix" : "literal") + "}";
					case CLUSTER -> "{type: cluster}";
					default -> throw new IllegalStateException("no Strimzi resource for " + grant.type());
				};
				out.append("      - resource: ").append(resource).append('\n');
				out.append("        operations: [").append(ops).append("]\n");
			}
		}
		return out.toString();
	}

	/** Rewrites the generated files under the repository root (the first argument, else the working folder). */
	public static void main(String[] args) throws IOException {
		Path root = Path.of(args.length > 0 ? args[0] : ".");
		Files.writeString(root.resolve("infra/kafka/acls.sh"), composeScript());
		Files.writeString(root.resolve("infra/k8s/operators/strimzi-kafka-users.yaml"), strimziUsers());
	}

	/** kafka-acls and Strimzi spell operations in camel case: {@code DescribeConfigs}, {@code IdempotentWrite}. */
	static String operationName(AclOperation operation) {
		StringBuilder name = new StringBuilder();
		for (String part : operation.name().split("_")) {
			name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
		}
		return name.toString();
	}

	private static boolean consumes(JsonNode entry, String service) {
		for (JsonNode consumer : entry.path("consumers")) {
			if (service.equals(consumer.asString())) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode catalogue() {
		try (InputStream in = KafkaAcls.class.getClassLoader().getResourceAsStream("contracts/topics.json")) {
			if (in == null) {
				throw new IllegalStateException("no contracts/topics.json on the classpath");
			}
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read contracts/topics.json", ex);
		}
	}
}
