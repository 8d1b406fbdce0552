package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker every test and the local stack run on is locked as a region's is (docs/adr/0050): only known users get
 * in, and each service writes only the topics contracts/topics.json says it produces. A forged
 * {@code identity.representation.established} (which opened another family's diary in issue 12's probe) is refused
 * by the broker, before any consumer sees it.
 */
class KafkaSecurityIT {

	private static final String REPRESENTATIONS = "identity.representations.v1";

	private static final String MARKS = "journal.marks.v1";

	@BeforeAll
	static void topics() throws Exception {
		Properties properties = new Properties();
		properties.putAll(RealServers.kafka().superUserProperties());
		try (Admin admin = Admin.create(properties)) {
			for (String topic : List.of(REPRESENTATIONS, MARKS)) {
				try {
					admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(TopicExistsException.class);
				}
			}
		}
	}

	@Test
	void aClientWithoutCredentialsIsNotServed() {
		Map<String, String> plain = Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
		assertThatThrownBy(() -> send(plain, MARKS, "{}")).satisfies(ex -> assertThat(root(ex)).isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class));
	}

	@Test
	void aClientWithAWrongPasswordIsRefused() {
		Map<String, String> wrong = new HashMap<>(RealServers.kafka().clientProperties("journal-service"));
		wrong.put("sasl.jaas.config", KafkaServer.scramJaas("journal-service", "not-the-password"));
		assertThatThrownBy(() -> send(wrong, MARKS, "{}")).satisfies(ex -> assertThat(root(ex)).isInstanceOf(SaslAuthenticationException.class));
	}

	@Test
	void anUnknownUserIsRefused() {
		Map<String, String> stranger = new HashMap<>(RealServers.kafka().clientProperties("journal-service"));
		stranger.put("sasl.jaas.config", KafkaServer.scramJaas("mallory", "whatever"));
		assertThatThrownBy(() -> send(stranger, MARKS, "{}")).satisfies(ex -> assertThat(root(ex)).isInstanceOf(SaslAuthenticationException.class));
	}

	@Test
	void theDiaryCannotForgeARepresentationOnIdentitysTopic() {
		String student = UUID.randomUUID().toString();
		String forged = Envelopes.envelope("/ejd/identity-service", "identity.representation.established", student, null, 1,
				Map.of("guardianId", UUID.randomUUID().toString(), "studentId", student));
		assertThatThrownBy(() -> send(RealServers.kafka().clientProperties("diary-service"), REPRESENTATIONS, forged))
			.satisfies(ex -> assertThat(root(ex)).isInstanceOf(TopicAuthorizationException.class));
	}

	@Test
	void theDiaryCannotWriteTheJournalsMarksButTheJournalCan() throws Exception {
		assertThatThrownBy(() -> send(RealServers.kafka().clientProperties("diary-service"), MARKS, "{}"))
			.satisfies(ex -> assertThat(root(ex)).isInstanceOf(TopicAuthorizationException.class));
		send(RealServers.kafka().clientProperties("journal-service"), MARKS, "{}");
	}

	@Test
	void theDiaryReadsTheMarksInItsOwnGroupOnly() {
		assertThat(poll("diary-service", "diary-service-probe-" + UUID.randomUUID(), MARKS)).isTrue();
		assertThatThrownBy(() -> poll("diary-service", "notification-service", MARKS))
			.isInstanceOf(GroupAuthorizationException.class);
		assertThatThrownBy(() -> poll("consent-service", "consent-service-probe", MARKS))
			.isInstanceOf(TopicAuthorizationException.class);
	}

	private static void send(Map<String, String> security, String topic, String value) throws Exception {
		Properties properties = new Properties();
		properties.putAll(security);
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers());
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
		properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
		properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
			producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value)).get(15, TimeUnit.SECONDS);
		}
	}

	private static Throwable root(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/** True once the consumer has joined its group and been given the topic's partitions. */
	private static boolean poll(String user, String group, String topic) {
		Properties properties = new Properties();
		properties.putAll(RealServers.kafka().clientProperties(user));
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers());
		properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
			consumer.subscribe(List.of(topic));
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(200));
			}
			return !consumer.assignment().isEmpty();
		}
	}
}
