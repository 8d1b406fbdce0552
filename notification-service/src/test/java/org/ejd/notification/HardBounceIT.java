package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.ejd.testkit.RefusingSmtpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A hard bounce at the door: the receiving SMTP server answers 550 at RCPT. The sender fails the message
 * for good at once (no retries), stops using the contact and tells consent-service
 * ({@code notification.contact.bounced}). GreenMail accepts every address, so this context sends through
 * testkit's {@link RefusingSmtpServer}, with its own database and no Kafka listeners (the shared context's
 * consumers keep their partitions); the projection rows are written as the consumers would write them. The same server
 * cuts the database off at the moment a letter is handed over, to show that a letter is written down once it went and never
 * sent twice.
 */
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.kafka.listener.auto-startup=false", "ejd.notification.sender.interval=200ms",
				"ejd.notification.sender.backoff=1s", "ejd.notification.sender.lease=" + HardBounceIT.LEASE_SECONDS + "s" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HardBounceIT {

	/** Short enough for a slow server to outlast half of it in a test, long enough for a dropped database to answer again. */
	static final int LEASE_SECONDS = 8;

	private static final RefusingSmtpServer SMTP = RefusingSmtpServer.start();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.propertiesFor("notification_bounce").forEach((key, value) -> {
			if (!key.startsWith("spring.mail.")) {
				registry.add(key, () -> value);
			}
		});
		registry.add("spring.mail.host", SMTP::host);
		registry.add("spring.mail.port", SMTP::port);
	}

	@AfterAll
	static void stop() {
		SMTP.close();
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRecipientRefusedWith550AtRcptFailsForGoodLosesTheContactAndConsentIsTold() {
		UUID school = school();
		UUID student = consentingStudent();
		UUID gone = UUID.randomUUID();
		UUID kept = UUID.randomUUID();
		UUID goneContact = contact(gone, "gone-" + gone + "@example.org");
		contact(kept, "kept-" + kept + "@example.org");
		SMTP.refuse("gone-" + gone + "@example.org");

		UUID bounced = queueMark(gone, student, school);
		UUID delivered = queueMark(kept, student, school);

		Map<String, Object> failed = Eventually.until(() -> row(bounced), r -> "FAILED".equals(r.get("status")), Duration.ofSeconds(30));
		assertThat((String) failed.get("last_error")).contains("5xx");
		assertThat(failed.get("attempts")).as("a permanent failure is not retried").isEqualTo(1);
		assertThat(jdbc.sql("select usable from contact where person_id = ?").param(gone).query(Boolean.class).single()).isFalse();
		String event = EventProbe.await("notification.contacts.v1", r -> r.key().equals(gone.toString()), Duration.ofSeconds(30)).value();
		assertThat(event).contains("\"type\":\"notification.contact.bounced\"", goneContact.toString()).doesNotContain("example.org");

		assertThat(Eventually.until(() -> row(delivered), r -> "SENT".equals(r.get("status")), Duration.ofSeconds(30)).get("attempts"))
			.isEqualTo(1);
		assertThat(SMTP.accepted()).filteredOn(address -> address.contains(gone.toString()) || address.contains(kept.toString()))
			.containsExactly("kept-" + kept + "@example.org");
	}

	/**
	 * The fault suite's PostgreSQL round, made exact (ADR 0085): the receiving server has read the letter and the database
	 * drops every connection of the service before the server says it took it. The answer is written once the database
	 * answers again, and the letter is not sent a second time (it was, when the send held its row's transaction open).
	 */
	@Test
	void aLetterTakenWhileTheDatabaseDroppedItsConnectionsIsWrittenDownAsSentAndNotSentAgain() {
		UUID school = school();
		UUID student = consentingStudent();
		UUID mother = UUID.randomUUID();
		String address = "cut-" + mother + "@example.org";
		contact(mother, address);
		AtomicInteger dropped = new AtomicInteger();
		SMTP.beforeAnswering(address, () -> dropped.set(jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity "
				+ "where datname = current_database() and pid <> pg_backend_pid()").query(Integer.class).single()));

		UUID told = queueMark(mother, student, school);

		Map<String, Object> sent = Eventually.until(() -> rowUnlessDropped(told), r -> "SENT".equals(r.get("status")), Duration.ofSeconds(30));
		assertThat(dropped.get()).as("connections the database dropped while the letter was being taken").isPositive();
		assertThat(sent.get("attempts")).isEqualTo(1);
		// a later letter has gone: the ticks in which the first would have gone again have passed
		UUID later = UUID.randomUUID();
		contact(later, "later-" + later + "@example.org");
		queueMark(later, student, school);
		Eventually.until(() -> SMTP.accepted().contains("later-" + later + "@example.org"), taken -> taken, Duration.ofSeconds(30));
		assertThat(SMTP.accepted()).filteredOn(address::equals).as("letters taken for the mother").hasSize(1);
	}

	/**
	 * ADR 0086's give-back: two letters claimed together, and the receiving server takes longer than half the lease to
	 * answer for the first. The second is not sent near its lease's end, where another sender could take it too: it is given
	 * back and goes in a later claim, once (its {@code sent_at} is that claim's time, not the first's).
	 */
	@Test
	void aLetterStillUnsentWhenHalfItsClaimsLeaseIsGoneIsGivenBackAndGoesOnceInALaterClaim() {
		UUID school = school();
		UUID student = consentingStudent();
		UUID father = UUID.randomUUID();
		String address = "slow-" + father + "@example.org";
		contact(father, address);
		AtomicInteger slowed = new AtomicInteger();
		SMTP.beforeAnswering(address, () -> {
			slowed.incrementAndGet();
			sleep(Duration.ofSeconds(LEASE_SECONDS / 2 + 1));
		});

		List<UUID> both = queueMarksTogether(father, student, school);

		List<Map<String, Object>> sent = Eventually.until(() -> both.stream().map(this::sentRow).toList(),
				rows -> rows.stream().allMatch(r -> "SENT".equals(r.get("status"))), Duration.ofSeconds(60));
		assertThat(slowed.get()).as("letters the server was slow to take").isEqualTo(1);
		assertThat(sent).allSatisfy(r -> assertThat(r.get("attempts")).as("sends per message").isEqualTo(1));
		List<Instant> sentAt = sent.stream().map(r -> ((Timestamp) r.get("sent_at")).toInstant()).sorted().toList();
		assertThat(Duration.between(sentAt.get(0), sentAt.get(1)))
			.as("the second letter's claim came after the first was taken, not with it")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(LEASE_SECONDS / 2));
		assertThat(SMTP.accepted()).filteredOn(address::equals).as("letters taken for the father").hasSize(2);
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A school in Moscow's time, as the consumers of identity's events record it. */
	private UUID school() {
		UUID school = UUID.randomUUID();
		jdbc.sql("insert into known_school (id, time_zone, version) values (?, 'Europe/Moscow', 1)").param(school).update();
		return school;
	}

	/** A student whose data may be processed, as the consumers of consent's events record it. */
	private UUID consentingStudent() {
		UUID student = UUID.randomUUID();
		jdbc.sql("insert into consent_state (person_id, processing_allowed, version) values (?, true, 1)").param(student).update();
		return student;
	}

	private UUID contact(UUID person, String address) {
		UUID contact = UUID.randomUUID();
		jdbc.sql("insert into contact (person_id, channel, contact_id, destination, masked, usable, version) values (?, 'email', ?, ?, ?, true, 1)")
			.params(person, contact, address, "x***@example.org").update();
		return contact;
	}

	/** A mark message due now, as Informing decides it. */
	private UUID queueMark(UUID recipient, UUID student, UUID school) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				insert into message (id, source_event_id, source_id, recipient_id, channel, kind, student_id, school_id, payload, language,
				  status, digest, occurred_at, due_at, attempts, created_at)
				values (?, ?, ?, ?, 'email', 'mark', ?, ?, ?, 'ru', 'QUEUED', false, ?, ?, 0, ?)""")
			.params(id, UUID.randomUUID(), UUID.randomUUID(), recipient, student, school,
					"{\"subject\":\"Математика\",\"value\":\"5\",\"date\":\"2026-11-30\",\"studentName\":\"Пётр\"}", now, now, now)
			.update();
		return id;
	}

	/**
	 * Two mark messages for one recipient, due now and written in one statement, so that the sender's first look at them
	 * claims both (the second is a letter of its own: no digest).
	 */
	private List<UUID> queueMarksTogether(UUID recipient, UUID student, UUID school) {
		List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		String payload = "{\"subject\":\"Математика\",\"value\":\"5\",\"date\":\"2026-11-30\",\"studentName\":\"Пётр\"}";
		jdbc.sql("""
				insert into message (id, source_event_id, source_id, recipient_id, channel, kind, student_id, school_id, payload, language,
				  status, digest, occurred_at, due_at, attempts, created_at)
				values (?, ?, ?, ?, 'email', 'mark', ?, ?, ?, 'ru', 'QUEUED', false, ?, ?, 0, ?),
				       (?, ?, ?, ?, 'email', 'mark', ?, ?, ?, 'ru', 'QUEUED', false, ?, ?, 0, ?)""")
			.params(ids.get(0), UUID.randomUUID(), UUID.randomUUID(), recipient, student, school, payload, now.minusSeconds(1),
					now.minusSeconds(1), now, ids.get(1), UUID.randomUUID(), UUID.randomUUID(), recipient, student, school, payload, now, now,
					now)
			.update();
		return ids;
	}

	private Map<String, Object> sentRow(UUID id) {
		return jdbc.sql("select status, attempts, sent_at from message where id = ?").param(id).query().singleRow();
	}

	/** The row, or nothing when the database has just dropped this test's own connection too. */
	private Map<String, Object> rowUnlessDropped(UUID id) {
		try {
			return row(id);
		}
		catch (org.springframework.dao.DataAccessResourceFailureException ex) {
			return Map.of();
		}
	}

	private Map<String, Object> row(UUID id) {
		return jdbc.sql("select status, attempts, last_error from message where id = ?").param(id).query().singleRow();
	}
}
