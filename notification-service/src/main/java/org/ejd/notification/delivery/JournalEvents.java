package org.ejd.notification.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.AchievementCorrected;
import org.ejd.contracts.journal.AchievementRecorded;
import org.ejd.contracts.journal.AchievementWithdrawn;
import org.ejd.contracts.journal.AttendanceRecorded;
import org.ejd.contracts.journal.GradeRecorded;
import org.ejd.contracts.journal.LessonRecorded;
import org.ejd.contracts.journal.RecommendationGiven;
import org.ejd.contracts.journal.SchoolEventPublished;
import org.ejd.contracts.journal.SchoolPassRecorded;
import org.ejd.notification.recipients.Recipients;
import org.ejd.contracts.journal.MarkCorrected;
import org.ejd.contracts.journal.MarkDeleted;
import org.ejd.contracts.journal.MarkPosted;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.ejd.contracts.journal.AbsenceNoteAccepted;
import org.ejd.contracts.journal.AbsenceNoteDeclined;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What families are told of from the journal: marks (posted, corrected, deleted), absences and
 * lateness, period and final marks (D9: never held for a digest), new or changed homework (to the class
 * group's students that day), recommendations, school and city events (to every student of the school), the class teacher's
 * decision on an absence note (accepted or declined with the reason; never digested), achievements (J12: recorded, corrected
 * before sending replaces, withdrawn before sending cancels), arrival at and leaving school (D14: the day's first entry and first
 * exit, only on the school's today, ADR 0045). The decisions commit with the inbox's dedup mark, so a repeated event makes no
 * second message.
 */
@Component
class JournalEvents {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final java.time.format.DateTimeFormatter HH_MM = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

	private final EventInbox inbox;

	private final Informing informing;

	private final Messages messages;

	private final Recipients recipients;

	private final SchoolTime time;

	JournalEvents(EventInbox inbox, Informing informing, Messages messages, Recipients recipients, SchoolTime time) {
		this.inbox = inbox;
		this.informing = informing;
		this.messages = messages;
		this.recipients = recipients;
		this.time = time;
	}

	@KafkaListener(id = "notification-journal", topics = { MarkPosted.TOPIC, AttendanceRecorded.TOPIC, GradeRecorded.TOPIC,
			LessonRecorded.TOPIC, RecommendationGiven.TOPIC, SchoolEventPublished.TOPIC, AbsenceNoteAccepted.TOPIC,
			AchievementRecorded.TOPIC, SchoolPassRecorded.TOPIC }, batch = "true", containerPostProcessor = EventInbox.BATCH_ACKS)
	void on(List<ConsumerRecord<String, String>> records) {
		// the records of a poll in one transaction with one offset commit (ADR 0070): a busy marks topic no longer costs a
		// database commit and a Kafka commit per mark; and its facts decided together (ADR 0091)
		inbox.receiveAll("notification.journal", records, Poll::new);
	}

	/**
	 * The facts of a poll's events, decided together before the commit ({@link Informing#informAll}, ADR 0091). A correction
	 * or a cancellation first has what waits decided, so it finds the messages of a posting earlier in the same poll.
	 */
	private final class Poll implements EventInbox.BatchHandler {

		private final List<Fact> facts = new ArrayList<>();

		@Override
		public void accept(ReceivedEvent event) {
			apply(event, this);
		}

		void tell(Fact fact) {
			facts.add(fact);
		}

		/** Decides the facts told so far. */
		void decideWaiting() {
			informing.informAll(facts);
			facts.clear();
		}

		@Override
		public void beforeCommit() {
			decideWaiting();
		}
	}

	private void apply(ReceivedEvent event, Poll poll) {
		switch (event.data()) {
			case MarkPosted m -> poll.tell(new Fact(event.id(), m.markId(), m.studentId(), m.schoolId(), "marks", "mark",
					mark(m.subjectName(), m.value(), m.workDate().toString(), m.comment()), m.enteredAt(), false));
			case MarkCorrected m -> {
				poll.decideWaiting();
				informing.correct(new Fact(event.id(), m.markId(), m.studentId(), m.schoolId(), "marks", "mark",
					mark(m.subjectName(), m.value(), m.workDate().toString(), m.comment()), m.correctedAt(), false));
			}
			case MarkDeleted m -> {
				poll.decideWaiting();
				informing.cancel(m.markId(), "mark-deleted");
			}
			case AttendanceRecorded a when "absent".equals(a.status()) || "late".equals(a.status()) -> poll.tell(new Fact(
					event.id(), a.lessonId(), a.studentId(), a.schoolId(), "attendance", a.status(), attendance(a), a.recordedAt(),
					// an unexplained absence is worth telling at once; the channels stay the family's choice
					"absent".equals(a.status()) && a.reason() == null));
			case GradeRecorded g when g.value() != null -> poll.tell(new Fact(event.id(), g.gradeId(), g.studentId(), g.schoolId(),
					"final-marks", "grade", grade(g), g.recordedAt(), true));
			case LessonRecorded l -> homework(event, l, poll);
			// the guardian waits for the class teacher's decision on their absence note: told at once, on their channels
			case AbsenceNoteAccepted a -> poll.tell(new Fact(event.id(), a.noteId(), a.studentId(), a.schoolId(), "attendance",
					"absence-note-accepted", Map.of("from", DAY.format(a.from()), "to", DAY.format(a.to()),
							"excused", Integer.toString(a.excusedLessons())), a.decidedAt(), true));
			case AbsenceNoteDeclined d -> poll.tell(new Fact(event.id(), d.noteId(), d.studentId(), d.schoolId(), "attendance",
					"absence-note-declined", Map.of("from", DAY.format(d.from()), "to", DAY.format(d.to()), "reason", d.reason()),
					d.decidedAt(), true));
			case RecommendationGiven r -> poll.tell(new Fact(event.id(), r.recommendationId(), r.studentId(), r.schoolId(),
					"recommendations", "recommendation", Map.of("subject", r.subjectName(), "text", r.text()), r.givenAt(), false));
			case SchoolEventPublished e -> {
				Map<String, String> about = new HashMap<>(Map.of("title", e.title(), "startsOn", e.startsOn().toString(),
						"endsOn", e.endsOn().toString(), "scope", e.scope()));
				if (e.place() != null) {
					about.put("place", e.place());
				}
				if (e.description() != null) {
					about.put("description", e.description());
				}
				// one message per recipient: a family with two children at the school hears of it once (keyed by the event)
				for (UUID student : recipients.studentsOfSchool(e.schoolId())) {
					poll.tell(new Fact(event.id(), e.schoolEventId(), student, e.schoolId(), "events", "school-event", about,
							event.time(), false));
				}
			}
			case AchievementRecorded a -> poll.tell(new Fact(event.id(), a.achievementId(), a.studentId(), a.schoolId(),
					"achievements", "achievement", achievement(a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectName(), a.issuer(),
							a.title()), a.recordedAt(), false));
			case AchievementCorrected a -> {
				poll.decideWaiting();
				informing.correct(new Fact(event.id(), a.achievementId(), a.studentId(), a.schoolId(),
					"achievements", "achievement", achievement(a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectName(), a.issuer(),
							a.title()), a.correctedAt(), false));
			}
			// families no longer see it: what still waits is not sent; what was sent stays told
			case AchievementWithdrawn w -> {
				poll.decideWaiting();
				informing.cancel(w.achievementId(), "achievement-withdrawn");
			}
			case SchoolPassRecorded p -> presence(event, p, poll);
			default -> {
				// illness, an excused absence, a deferral, types added later: nothing to tell
			}
		}
	}

	/** New or changed homework of a lesson goes to the families of the class group's students that day. */
	private void homework(ReceivedEvent event, LessonRecorded l, Poll poll) {
		String text = l.homework() == null ? "" : l.homework().strip();
		if (text.isEmpty() || Boolean.TRUE.equals(l.cancelled())
				|| !messages.homeworkChanged(l.lessonId(), text, l.homeworkDue(), event.version())) {
			return;
		}
		Map<String, String> homework = new HashMap<>(Map.of("subject", l.subjectName(), "date", l.date().toString(), "homework", text));
		if (l.homeworkDue() != null) {
			homework.put("due", l.homeworkDue().toString());
		}
		for (UUID student : recipients.studentsOf(l.classGroupId(), l.date())) {
			poll.tell(new Fact(event.id(), l.lessonId(), student, l.schoolId(), "homework", "homework", homework, event.time(), false));
		}
	}

	/**
	 * Arrival and leaving (D14, ADR 0045): the day's first entry and its first exit, each told once per student and day; a
	 * pass of another day than the school's today (a device replaying its buffer, a replay of the topic) is not news. Only
	 * to recipients who chose the kind {@code presence} (off by default).
	 */
	private void presence(ReceivedEvent event, SchoolPassRecorded p, Poll poll) {
		if (!p.day().equals(time.today(p.schoolId())) || !messages.firstPassOfDay(p.studentId(), p.day(), p.direction(), p.passId())) {
			return;
		}
		Map<String, String> variables = new HashMap<>(Map.of("time", HH_MM.format(p.passedAt().atZone(time.zone(p.schoolId()))),
				"date", DAY.format(p.day())));
		if (p.point() != null) {
			variables.put("point", p.point());
		}
		poll.tell(new Fact(event.id(), p.passId(), p.studentId(), p.schoolId(), "presence",
				"entry".equals(p.direction()) ? "arrived" : "left", variables, p.passedAt(), false));
	}

	private static Map<String, String> achievement(String kind, String level, @Nullable Integer place, java.time.LocalDate awardedOn,
			@Nullable String subject, String issuer, String title) {
		Map<String, String> variables = new HashMap<>(Map.of("achievementKind", kind, "level", level, "awardedOn", DAY.format(awardedOn),
				"issuer", issuer, "title", title));
		if (place != null) {
			variables.put("place", place.toString());
		}
		if (subject != null) {
			variables.put("subject", subject);
		}
		return variables;
	}

	private static Map<String, String> mark(String subject, String value, String workDate, @Nullable String comment) {
		Map<String, String> variables = new HashMap<>();
		variables.put("subject", subject);
		variables.put("value", value);
		variables.put("date", workDate);
		if (comment != null) {
			variables.put("comment", comment);
		}
		return variables;
	}

	private static Map<String, String> attendance(AttendanceRecorded a) {
		Map<String, String> variables = new HashMap<>();
		variables.put("subject", a.subjectName());
		variables.put("date", a.date().toString());
		variables.put("lesson", Integer.toString(a.periodNo()));
		if (a.minutesLate() != null) {
			variables.put("minutesLate", a.minutesLate().toString());
		}
		return variables;
	}

	private static Map<String, String> grade(GradeRecorded g) {
		return Map.of("subject", g.subjectName(), "value", String.valueOf(g.value()), "period", g.periodName(), "gradeKind", g.kind());
	}
}
