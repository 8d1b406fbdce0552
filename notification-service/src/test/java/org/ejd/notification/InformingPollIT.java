package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.notification.delivery.Fact;
import org.ejd.notification.delivery.Informing;
import org.ejd.notification.delivery.JournalPolls;
import org.ejd.testkit.Envelopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts of a poll are decided together (ADR 0091): what the decisions need is read once for all of them, and they end
 * as the same decisions taken one after the other, the daily SMS cap and a family's one message of a school event included.
 */
class InformingPollIT extends NotificationIT {

	@Autowired
	Informing informing;

	@Autowired
	ApplicationContext context;

	@Test
	void aPollsFactsEndAsTheSameDecisionsTakenOneByOne() {
		clock.setTo("2026-12-02T08:00:00Z");
		World oneByOne = world();
		World together = world();

		oneByOne.facts().forEach(informing::inform);
		informing.informAll(together.facts());

		List<String> decided = together.decisions(jdbc);
		assertThat(decided).as("the same decisions, payloads and languages").isEqualTo(oneByOne.decisions(jdbc));
		List<String> what = decided.stream().map(d -> d.substring(0, d.indexOf(" | "))).toList();
		assertThat(what).hasSize(39)
			.contains("guardian/school-event/sms told", "guardian/mark-4/sms told", "guardian/mark-5/sms suppressed sms-daily-cap",
					"guardian/mark-6/sms suppressed sms-daily-cap", "paper/mark-1/email suppressed paper-delivery",
					"adult/adult-mark/email told", "refused/refused-mark/app suppressed consent digest",
					"refused/refused-mark/email suppressed consent digest");
		assertThat(what.stream().filter(d -> d.startsWith("guardian/school-event/"))).as("one per channel for two children")
			.hasSize(3);
	}

	@Test
	void aCorrectionAndADeletionInThePollOfTheirPostingActOnItsMessages() {
		Family family = family(school("Europe/Moscow"), "Europe/Moscow");
		UUID corrected = UUID.randomUUID();
		UUID deleted = UUID.randomUUID();

		JournalPolls.handle(context, List.of(posted(family, corrected, "3"), correction(family, corrected, "5"), posted(family, deleted, "2"),
				deletion(family, deleted)));

		assertThat(jdbc.sql("select kind || ' ' || (payload::jsonb ->> 'value') from message where source_id = ? and channel = 'email'")
			.param(corrected).query(String.class).single()).as("the pending message took the correction").isEqualTo("mark 5");
		assertThat(jdbc.sql("select status || ' ' || rule from message where source_id = ? and channel = 'email'").param(deleted)
			.query(String.class).single()).isEqualTo("CANCELLED mark-deleted");
	}

	/**
	 * A school with: a guardian of two children with app, email and SMS; a second guardian of the first child on paper; an
	 * adult student told themselves; a student whose processing is refused, with a guardian on a daily digest.
	 */
	private World world() {
		UUID school = school("Europe/Moscow");
		UUID child = student(school);
		consent(child, true);
		UUID sibling = student(school);
		consent(sibling, true);
		UUID guardian = guardianOf(child, school);
		represent(guardian, sibling, school);
		email(guardian);
		phone(guardian);
		preferences(guardian, child, List.of("app", "email", "sms"), "immediate", null, null, "Europe/Moscow");
		preferences(guardian, sibling, List.of("app", "email", "sms"), "immediate", null, null, "Asia/Yekaterinburg");
		UUID paper = guardianOf(child, school);
		email(paper);
		paper(paper);
		preferences(paper, child, List.of("app", "email"), "immediate", null, null, "Europe/Moscow");
		UUID adult = student(school, LocalDate.of(2000, 1, 1));
		consent(adult, true);
		email(adult);
		preferences(adult, adult, List.of("app", "email"), "immediate", null, null, "Europe/Moscow");
		UUID refusedChild = student(school);
		consent(refusedChild, false);
		UUID refused = guardianOf(refusedChild, school);
		email(refused);
		preferences(refused, refusedChild, List.of("app", "email"), "digest", "21:00", "08:00", "Europe/Moscow");
		return new World(school, child, sibling, adult, refusedChild, Map.of(guardian, "guardian", paper, "paper", adult, "adult",
				refused, "refused"), new HashMap<>());
	}

	private record World(UUID school, UUID child, UUID sibling, UUID adult, UUID refusedChild, Map<UUID, String> recipients,
			Map<UUID, String> sources) {

		/** A school event for both children (one event: a family hears of it once), six marks of the first, one each of the others. */
		List<Fact> facts() {
			List<Fact> facts = new ArrayList<>();
			UUID event = UUID.randomUUID();
			UUID schoolEvent = source("school-event");
			for (UUID student : List.of(child, sibling)) {
				facts.add(new Fact(event, schoolEvent, student, school, "events", "school-event", Map.of("title", "Ярмарка"), Instant.now(),
						false));
			}
			for (int i = 1; i <= 6; i++) {
				facts.add(mark(child, source("mark-" + i), Integer.toString(i % 5 + 1)));
			}
			facts.add(mark(adult, source("adult-mark"), "4"));
			facts.add(mark(refusedChild, source("refused-mark"), "3"));
			return facts;
		}

		private UUID source(String label) {
			UUID id = UUID.randomUUID();
			sources.put(id, label);
			return id;
		}

		private Fact mark(UUID student, UUID markId, String value) {
			return new Fact(UUID.randomUUID(), markId, student, school, "marks", "mark", Map.of("subject", "Математика", "value", value),
					Instant.now(), false);
		}

		/**
		 * Each message as "recipient/fact/channel told|suppressed rule[ digest] | language payload", by role and label (the ids
		 * differ between worlds).
		 */
		List<String> decisions(JdbcClient jdbc) {
			return jdbc.sql("select recipient_id, source_id, channel, status, rule, digest, payload, language from message where school_id = ?")
				.param(school)
				.query((rs, n) -> recipients.get(rs.getObject("recipient_id", UUID.class)) + "/" + sources.get(rs.getObject("source_id", UUID.class))
						+ "/" + rs.getString("channel") + " "
						+ ("SUPPRESSED".equals(rs.getString("status")) ? "suppressed " + rs.getString("rule") : "told")
						+ (rs.getBoolean("digest") ? " digest" : "") + " | " + rs.getString("language") + " " + rs.getString("payload"))
				.list().stream().sorted().toList();
		}
	}

	private void represent(UUID guardian, UUID student, UUID school) {
		UUID representation = UUID.randomUUID();
		publish("identity.representations.v1", student, "/ejd/identity-service", "identity.representation.established", representation,
				school, 1, Map.of("representationId", representation, "guardianId", guardian, "studentId", student, "basis", "parent",
						"validFrom", "2020-09-01"));
		awaitOne("select count(*) from representation where id = ?", representation);
	}

	private long offset;

	private ConsumerRecord<String, String> posted(Family family, UUID mark, String value) {
		return record(family, mark, "journal.mark.posted", 1, markData(mark, family.student(), family.school(), value, null));
	}

	private ConsumerRecord<String, String> correction(Family family, UUID mark, String value) {
		Map<String, Object> data = markData(mark, family.student(), family.school(), value, null);
		data.remove("enteredAt");
		data.remove("onTime");
		data.put("correctedAt", Instant.now().toString());
		data.put("correctedBy", UUID.randomUUID());
		data.put("reason", "ошибка ввода");
		return record(family, mark, "journal.mark.corrected", 2, data);
	}

	private ConsumerRecord<String, String> deletion(Family family, UUID mark) {
		return record(family, mark, "journal.mark.deleted", 2, Map.of("markId", mark, "studentId", family.student(), "schoolId",
				family.school(), "deletedAt", Instant.now().toString(), "deletedBy", UUID.randomUUID(), "reason", "не та работа"));
	}

	private ConsumerRecord<String, String> record(Family family, UUID mark, String type, long version, Map<String, ?> data) {
		return new ConsumerRecord<>("journal.marks.v1", 0, offset++, family.student().toString(), Envelopes.envelope(UUID.randomUUID(),
				"/ejd/journal-service", type, mark.toString(), family.school(), version, data));
	}
}
