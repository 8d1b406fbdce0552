package org.ejd.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.ejd.platform.time.BusinessClock;
import org.ejd.testkit.ApiClient;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.MovableClock;
import org.ejd.testkit.RealServers;
import org.ejd.testkit.SmppServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of notification-service's tests against real PostgreSQL, Kafka, Keycloak and SMTP. Families,
 * consents, contacts and preferences are made the way identity- and consent-service announce them,
 * marks and absences the way the journal does: as events on their topics.
 */
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ejd.notification.sender.interval=200ms", "ejd.notification.sender.backoff=1s",
				"ejd.notification.sms.daily-cap=5" })
@Import(NotificationIT.Clocks.class)
abstract class NotificationIT {

	static final Duration WAIT = Duration.ofSeconds(30);

	/** consent.* events of a person share a growing version; one counter serves every test. */
	/** Per person, as consent-service numbers a person's changes: a consumer refuses a version far ahead of the last (ADR 0059). */
	private static final Map<UUID, AtomicLong> VERSIONS = new java.util.concurrent.ConcurrentHashMap<>();

	/** The person's next version on consent's topics. */
	static long nextVersion(UUID person) {
		return VERSIONS.computeIfAbsent(person, p -> new AtomicLong()).incrementAndGet();
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register(registry, "notification");
		registry.add("ejd.notification.sms.smpp.port", () -> RealServers.smpp().port());
		registry.add("ejd.notification.sms.smpp.password", () -> SmppServer.PASSWORD);
		registry.add("ejd.notification.sms.smpp.timeout", () -> "1s");
		registry.add("ejd.notification.sms.http.url", () -> FakeSmsRu.instance().url());
		registry.add("ejd.notification.sms.http.api-id", () -> "test-key");
		registry.add("ejd.notification.sms.http.callback-secret", () -> "callback-secret");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	ApiClient api() {
		return ApiClient.local(port);
	}

	// ---- identity ----

	UUID school(@Nullable String timeZone) {
		UUID id = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>(Map.of("schoolId", id, "name", "Школа " + id, "regionCode", "51", "municipality", "Североморск"));
		if (timeZone != null) {
			data.put("timeZone", timeZone);
		}
		publish("identity.schools.v1", id, "/ejd/identity-service", "identity.school.registered", id, id, 1, data);
		awaitOne("select count(*) from known_school where id = ?", id);
		return id;
	}

	UUID student(UUID school, LocalDate birthDate) {
		UUID id = UUID.randomUUID();
		publish("identity.persons.v1", id, "/ejd/identity-service", "identity.student.registered", id, school, 1, Map.of("personId", id,
				"schoolId", school, "lastName", "Иванов", "firstName", "Пётр", "birthDate", birthDate.toString()));
		awaitOne("select count(*) from person where id = ?", id);
		return id;
	}

	UUID student(UUID school) {
		return student(school, LocalDate.of(2014, 3, 1));
	}

	UUID guardianOf(UUID student, UUID school) {
		UUID id = UUID.randomUUID();
		publish("identity.persons.v1", id, "/ejd/identity-service", "identity.guardian.registered", id, school, 1,
				Map.of("personId", id, "lastName", "Иванова", "firstName", "Мария"));
		UUID representation = UUID.randomUUID();
		publish("identity.representations.v1", student, "/ejd/identity-service", "identity.representation.established", representation,
				school, 1, Map.of("representationId", representation, "guardianId", id, "studentId", student, "basis", "parent",
						"validFrom", "2020-09-01"));
		awaitOne("select count(*) from representation where id = ?", representation);
		return id;
	}

	// ---- consent ----

	void consent(UUID student, boolean allowed) {
		long version = nextVersion(student);
		String decision = allowed ? "given" : "withdrawn";
		consentEvent("consent.records.v1", "consent.consent.recorded", student, version, Map.of("recordId", UUID.randomUUID(),
				"personId", student, "personRole", "student", "givenBy", UUID.randomUUID(), "decision", decision, "textVersion", "2026-1",
				"channel", "paper", "registeredBy", UUID.randomUUID(), "recordedAt", Instant.now().toString(),
				"state", Map.of("status", allowed ? "given" : "withdrawn", "processingAllowed", allowed, "textVersion", "2026-1",
						"since", Instant.now().toString())));
		awaitOne("select count(*) from consent_state where person_id = ? and version = " + version, student);
	}

	void paper(UUID person) {
		long version = nextVersion(person);
		consentEvent("consent.records.v1", "consent.delivery-form.changed", person, version, Map.of("personId", person, "form", "paper",
				"weeklyPrintedStatement", true, "electronicDeliveryAllowed", false, "channel", "paper", "registeredBy", UUID.randomUUID(),
				"changedAt", Instant.now().toString()));
		awaitOne("select count(*) from delivery_form where person_id = ? and version = " + version, person);
	}

	/** A verified email of the person: a fresh address each time, so tests read only their own mail. */
	String email(UUID person) {
		String address = "p" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		long version = nextVersion(person);
		consentEvent("consent.preferences.v1", "consent.contact.verified", person, version, Map.of("contactId", UUID.randomUUID(),
				"personId", person, "channel", "email", "destination", address, "maskedDestination", "p***@example.org",
				"verifiedBy", "code", "verifiedAt", Instant.now().toString()));
		awaitOne("select count(*) from contact where person_id = ? and version = " + version, person);
		return address;
	}

	/** A verified mobile number of the person: a fresh one each time. */
	String phone(UUID person) {
		String number = "+7900" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
		long version = nextVersion(person);
		consentEvent("consent.preferences.v1", "consent.contact.verified", person, version, Map.of("contactId", UUID.randomUUID(),
				"personId", person, "channel", "sms", "destination", number, "maskedDestination", "+7900*****" + number.substring(10),
				"verifiedBy", "school", "verifiedAt", Instant.now().toString()));
		awaitOne("select count(*) from contact where person_id = ? and channel = 'sms' and version = " + version, person);
		return number;
	}

	/** Preferences of the recipient for the student: every kind on these channels with this delivery. */
	void preferences(UUID person, UUID student, List<String> channels, String delivery, @Nullable String quietFrom, @Nullable String quietTo,
			String timeZone) {
		preferences(person, student, channels, Map.of(), delivery, quietFrom, quietTo, timeZone);
	}

	void preferences(UUID person, UUID student, List<String> channels, Map<String, String> deliveryByKind, String delivery,
			@Nullable String quietFrom, @Nullable String quietTo, String timeZone) {
		preferences(person, student, channels, deliveryByKind, delivery, quietFrom, quietTo, timeZone, Map.of());
	}

	/** @param extra further properties of the event: {@code weeklyOn}, {@code language} */
	void preferences(UUID person, UUID student, List<String> channels, Map<String, String> deliveryByKind, String delivery,
			@Nullable String quietFrom, @Nullable String quietTo, String timeZone, Map<String, String> extra) {
		long version = nextVersion(person);
		Map<String, Object> kinds = new HashMap<>();
		for (String kind : org.ejd.contracts.consent.PreferencesChanged.KINDS) {
			kinds.put(kind, Map.of("channels", channels, "delivery", deliveryByKind.getOrDefault(kind, delivery)));
		}
		Map<String, Object> data = new HashMap<>(Map.of("personId", person, "studentId", student, "kinds", kinds, "timeZone", timeZone,
				"changedAt", Instant.now().toString()));
		data.putAll(extra);
		if (quietFrom != null) {
			data.put("quietHours", Map.of("from", quietFrom, "to", quietTo));
		}
		consentEvent("consent.preferences.v1", "consent.preferences.changed", person, version, data);
		awaitOne("select count(*) from preference where person_id = ? and version = " + version, person);
	}

	/** A guardian of a new student of the school, with consent, a verified email and immediate email + app preferences. */
	Family family(UUID school, String timeZone) {
		UUID student = student(school);
		consent(student, true);
		UUID guardian = guardianOf(student, school);
		String email = email(guardian);
		preferences(guardian, student, List.of("app", "email"), "immediate", null, null, timeZone);
		return new Family(school, student, guardian, email);
	}

	record Family(UUID school, UUID student, UUID guardian, String email) {
	}

	// ---- journal ----

	UUID markPosted(UUID eventId, UUID markId, UUID student, UUID school, String value) {
		publish("journal.marks.v1", student, "/ejd/journal-service", "journal.mark.posted", eventId, markId, school, 1,
				markData(markId, student, school, value, null));
		return eventId;
	}

	/** A mark the teacher entered at {@code enteredAt}: the informing deadline counts from then. */
	void markPostedAt(UUID markId, UUID student, UUID school, String value, Instant enteredAt) {
		Map<String, Object> data = markData(markId, student, school, value, null);
		data.put("enteredAt", enteredAt.toString());
		publish("journal.marks.v1", student, "/ejd/journal-service", "journal.mark.posted", UUID.randomUUID(), markId, school, 1, data);
	}

	UUID markPosted(UUID markId, UUID student, UUID school, String value) {
		return markPosted(UUID.randomUUID(), markId, student, school, value);
	}

	void markCorrected(UUID markId, UUID student, UUID school, String value) {
		Map<String, Object> data = markData(markId, student, school, value, null);
		data.remove("enteredAt");
		data.remove("onTime");
		data.put("correctedAt", Instant.now().toString());
		data.put("correctedBy", UUID.randomUUID());
		data.put("reason", "ошибка ввода");
		publish("journal.marks.v1", student, "/ejd/journal-service", "journal.mark.corrected", UUID.randomUUID(), markId, school, 2, data);
	}

	void markDeleted(UUID markId, UUID student, UUID school) {
		publish("journal.marks.v1", student, "/ejd/journal-service", "journal.mark.deleted", UUID.randomUUID(), markId, school, 3,
				Map.of("markId", markId, "studentId", student, "schoolId", school, "deletedAt", Instant.now().toString(),
						"deletedBy", UUID.randomUUID(), "reason", "не та работа"));
	}

	void absence(UUID student, UUID school, String status, @Nullable String reason) {
		UUID lesson = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>(Map.of("lessonId", lesson, "studentId", student, "schoolId", school, "classGroupId",
				UUID.randomUUID(), "subjectId", UUID.randomUUID(), "subjectName", "Физика", "date", "2026-11-30", "periodNo", 2,
				"status", status, "recordedAt", Instant.now().toString()));
		data.put("onTime", true);
		if (reason != null) {
			data.put("reason", reason);
		}
		publish("journal.attendance.v1", student, "/ejd/journal-service", "journal.attendance.recorded", UUID.randomUUID(), lesson, school,
				1, data);
	}

	void finalMark(UUID student, UUID school, String value) {
		UUID grade = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>(Map.of("gradeId", grade, "studentId", student, "schoolId", school, "classGroupId",
				UUID.randomUUID(), "subjectId", UUID.randomUUID(), "subjectName", "История", "periodId", UUID.randomUUID(),
				"periodName", "2025/2026", "academicYear", "2025/2026", "kind", "final"));
		data.put("value", value);
		data.put("numericValue", Integer.parseInt(value));
		data.put("recordedAt", Instant.now().toString());
		data.put("onTime", true);
		publish("journal.periods.v1", student, "/ejd/journal-service", "journal.grade.recorded", UUID.randomUUID(), grade, school, 1, data);
	}

	static Map<String, Object> markData(UUID markId, UUID student, UUID school, String value, @Nullable String comment) {
		Map<String, Object> data = new HashMap<>();
		data.put("markId", markId);
		data.put("studentId", student);
		data.put("schoolId", school);
		data.put("classGroupId", UUID.randomUUID());
		data.put("subjectId", UUID.randomUUID());
		data.put("subjectName", "Математика");
		data.put("teacherId", UUID.randomUUID());
		data.put("value", value);
		data.put("numericValue", Integer.parseInt(value));
		data.put("scale", "five-point");
		data.put("workType", "written");
		data.put("weight", 1);
		data.put("workDate", "2026-11-30");
		data.put("enteredAt", Instant.now().toString());
		data.put("onTime", true);
		if (comment != null) {
			data.put("comment", comment);
		}
		return data;
	}

	// ---- reading back ----

	static void publish(String topic, UUID key, String source, String type, UUID subject, UUID school, long version, Map<String, ?> data) {
		publish(topic, key, source, type, UUID.randomUUID(), subject, school, version, data);
	}

	static void publish(String topic, UUID key, String source, String type, UUID id, UUID subject, @Nullable UUID school, long version,
			Map<String, ?> data) {
		EventProbe.send(topic, key.toString(), Envelopes.envelope(id, source, type, subject.toString(), school, version, data));
	}

	static void consentEvent(String topic, String type, UUID person, long version, Map<String, ?> data) {
		publish(topic, person, "/ejd/consent-service", type, UUID.randomUUID(), person, null, version, data);
	}

	void awaitOne(String sql, UUID id) {
		Eventually.until(() -> jdbc.sql(sql).param(id).query(Integer.class).single(), n -> n == 1, WAIT);
	}

	/** The message rows of a recipient, once there are {@code count}. */
	List<Map<String, Object>> messagesOf(UUID recipient, int count) {
		return Eventually.until(() -> jdbc.sql("select * from message where recipient_id = ? order by created_at, channel")
			.param(recipient).query().listOfRows(), rows -> rows.size() >= count, WAIT);
	}

	/** The status of the recipient's message on the channel once it is the expected one. */
	Map<String, Object> awaitStatus(UUID recipient, String channel, String status) {
		return Eventually.until(() -> jdbc.sql("select * from message where recipient_id = ? and channel = ? and status = ?")
			.params(recipient, channel, status).query().listOfRows(), rows -> !rows.isEmpty(), WAIT).getFirst();
	}

	/** The mails received for the address, once there are {@code count}. */
	static List<MimeMessage> mailTo(String address, int count) {
		return Eventually.until(() -> mailsTo(address), mails -> mails.size() >= count, WAIT);
	}

	static List<MimeMessage> mailsTo(String address) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage m : RealServers.smtp().received()) {
			try {
				Address[] to = m.getAllRecipients();
				if (to != null && to.length > 0 && to[0].toString().contains(address)) {
					found.add(m);
				}
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return found;
	}

	static String token(String role, UUID personId, UUID schoolId) {
		String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of(role), personId.toString(), List.of(schoolId.toString()));
		return RealServers.keycloak().passwordToken(username, "User-pass-12");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		@BusinessClock
		MovableClock testClock() {
			MovableClock clock = new MovableClock();
			clock.withZone(java.time.ZoneOffset.UTC); // loads its inner class now (see warmUp)
			return clock;
		}

		/**
		 * Reads every contract class and schema once at start. Other builds on this machine repackage the
		 * shared contracts and testkit jars in place while a suite runs; what is already loaded (the
		 * platform caches schemas) no longer depends on the jar on disk.
		 */
		@Bean
		Object warmUp(org.ejd.platform.events.EventContracts contracts) {
			for (String type : org.ejd.contracts.EventTypes.types()) {
				Class<?> record = org.ejd.contracts.EventTypes.dataOf(type).orElseThrow();
				try {
					String topic = (String) record.getField("TOPIC").get(null);
					for (Class<?> inner : record.getDeclaredClasses()) {
						inner.getName();
					}
					contracts.read(topic, Envelopes.envelope("/warm-up", type, "x", null, 1, Map.of()));
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					// an empty data object is refused: its schema is loaded all the same
				}
			}
			return new Object();
		}
	}
}
