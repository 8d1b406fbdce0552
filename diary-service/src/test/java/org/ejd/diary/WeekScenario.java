package org.ejd.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;

/**
 * A school week as identity and the journal announce it, for the week-view tests: a family, 5А, the bells, lessons with
 * a substitution, a cancellation and a move, a mark, an absence, homework, a city event and a holiday. Every envelope
 * sent is kept ({@link #sent}) so a test can replay them.
 */
final class WeekScenario {

	static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID sibling = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	final UUID classGroup = UUID.randomUUID();

	final UUID maths = UUID.randomUUID();

	final UUID russian = UUID.randomUUID();

	final UUID mathsMonday = UUID.randomUUID();

	final UUID russianMonday = UUID.randomUUID();

	final UUID cancelledTuesday = UUID.randomUUID();

	final UUID movedToWednesday = UUID.randomUUID();

	final UUID thursday = UUID.randomUUID();

	final UUID mark = UUID.randomUUID();

	/** Monday's maths teacher, and the substitute in Monday's Russian (for FGIS «Моя школа» teacher schedules). */
	final UUID mathsTeacher = UUID.randomUUID();

	final UUID substitute = UUID.randomUUID();

	/** The school's region code in identity.school.registered. */
	String region = "41";

	final List<Sent> sent = new ArrayList<>();

	record Sent(String topic, String key, String envelope) {
	}

	/** A school in a zone (null: none published), its family and class, as identity and the journal announce them. */
	WeekScenario family(String timeZone) {
		Map<String, Object> school = new HashMap<>(Map.of("schoolId", this.school, "name", "Школа № 1", "regionCode", region,
				"municipality", "Город"));
		if (timeZone != null) {
			school.put("timeZone", timeZone);
		}
		send("identity.schools.v1", this.school, "/ejd/identity-service", "identity.school.registered", this.school, 1, school);
		for (UUID child : List.of(student, sibling)) {
			send("identity.persons.v1", child, "/ejd/identity-service", "identity.student.registered", child, 1, Map.of("personId",
					child, "schoolId", this.school, "lastName", "Иванов", "firstName", child == student ? "Пётр" : "Иван",
					"birthDate", "2014-03-01"));
		}
		UUID link = UUID.randomUUID();
		send("identity.representations.v1", student, "/ejd/identity-service", "identity.representation.established", link, 1,
				Map.of("representationId", link, "guardianId", guardian, "studentId", student, "basis", "parent", "validFrom", "2020-09-01"));
		UUID enrolment = UUID.randomUUID();
		send("journal.enrolments.v1", student, "/ejd/journal-service", "journal.student.enrolled", enrolment, 1, Map.of("enrolmentId",
				enrolment, "studentId", student, "classGroupId", classGroup, "classGroupName", "5А", "kind", "class", "academicYear",
				"2026/2027", "schoolId", this.school, "from", "2026-09-01"));
		return this;
	}

	/** The bells from September, other times from Thursday; the lessons, mark, absence and calendar of the week. */
	WeekScenario week() {
		bells(1, "2026-09-01", List.of(bell(1, "08:30", "09:15"), bell(2, "09:25", "10:10"), bell(3, "10:30", "11:15")));
		bells(2, MONDAY.plusDays(3).toString(), List.of(bell(1, "09:00", "09:40"), bell(2, "09:50", "10:30")));
		mathsMonday(2, "214");
		Map<String, Object> substituted = lesson(russianMonday, russian, "Русский язык", MONDAY, 2);
		substituted.put("teacherName", "Орлова Вера");
		substituted.put("substituteTeacherId", substitute);
		substituted.put("substituteTeacherName", "Кузнецов Андрей");
		substituted.put("changeReason", "Больничный учителя");
		send("journal.lessons.v1", classGroup, "/ejd/journal-service", "journal.lesson.recorded", russianMonday, 2, substituted);
		Map<String, Object> cancelled = lesson(cancelledTuesday, maths, "Математика", MONDAY.plusDays(1), 1);
		cancelled.put("cancelled", true);
		cancelled.put("cancellationReason", "Карантин");
		send("journal.lessons.v1", classGroup, "/ejd/journal-service", "journal.lesson.recorded", cancelledTuesday, 2, cancelled);
		Map<String, Object> moved = lesson(movedToWednesday, russian, "Русский язык", MONDAY.plusDays(2), 3);
		moved.put("movedFromDate", MONDAY.plusDays(1).toString());
		moved.put("movedFromPeriod", 2);
		moved.put("changeReason", "Олимпиада");
		send("journal.lessons.v1", classGroup, "/ejd/journal-service", "journal.lesson.recorded", movedToWednesday, 2, moved);
		send("journal.lessons.v1", classGroup, "/ejd/journal-service", "journal.lesson.recorded", thursday, 1,
				lesson(thursday, maths, "Математика", MONDAY.plusDays(3), 2));
		mark(mark, "5", MONDAY);
		send("journal.attendance.v1", student, "/ejd/journal-service", "journal.attendance.recorded", russianMonday, 1,
				Map.ofEntries(Map.entry("lessonId", russianMonday), Map.entry("studentId", student), Map.entry("schoolId", school),
						Map.entry("classGroupId", classGroup), Map.entry("subjectId", russian), Map.entry("subjectName", "Русский язык"),
						Map.entry("date", MONDAY.toString()), Map.entry("periodNo", 2), Map.entry("status", "late"),
						Map.entry("minutesLate", 10), Map.entry("recordedAt", "2026-12-07T06:40:00Z"), Map.entry("onTime", true)));
		UUID event = UUID.randomUUID();
		send("journal.calendar.v1", school, "/ejd/journal-service", "journal.school-event.published", event, 1, Map.of("schoolEventId",
				event, "schoolId", school, "title", "Городская олимпиада", "startsOn", MONDAY.plusDays(3).toString(), "endsOn",
				MONDAY.plusDays(3).toString(), "scope", "city"));
		UUID holiday = UUID.randomUUID();
		send("journal.calendar.v1", school, "/ejd/journal-service", "journal.holiday.defined", holiday, 1, Map.of("holidayId", holiday,
				"schoolId", school, "name", "День Конституции", "startDate", MONDAY.plusDays(4).toString(), "endDate",
				MONDAY.plusDays(4).toString()));
		return this;
	}

	/** Monday's maths in a room, as the journal announces it at a version (a room change is a new version). */
	void mathsMonday(long version, String room) {
		Map<String, Object> monday = lesson(mathsMonday, maths, "Математика", MONDAY, 1);
		monday.put("topic", "Сложение дробей");
		monday.put("homework", "№ 245");
		monday.put("homeworkDue", MONDAY.plusDays(2).toString());
		monday.put("teacherName", "Сидорова Ольга");
		monday.put("teacherId", mathsTeacher);
		monday.put("attachments", List.of(Map.of("attachmentId", UUID.randomUUID(), "fileName", "Карточка.pdf", "contentType",
				"application/pdf", "sizeBytes", 1024, "href", "/api/journal/attachments/x?signature=y")));
		monday.put("room", room);
		send("journal.lessons.v1", classGroup, "/ejd/journal-service", "journal.lesson.recorded", mathsMonday, version, monday);
	}

	/** The school admin puts 5А into a shift (journal.class-shift.set, keyed by school like the bells). */
	void classShift(int shift, long version) {
		send("journal.regime.v1", school, "/ejd/journal-service", "journal.class-shift.set", classGroup, version, Map.of("schoolId",
				school, "classGroupId", classGroup, "shift", shift, "setBy", UUID.randomUUID(), "setAt", "2026-08-29T07:15:00Z"));
	}

	/** The second shift's bells from September. */
	void secondShiftBells(long version) {
		send("journal.regime.v1", school, "/ejd/journal-service", "journal.bell-schedule.set", school, version, Map.of("schoolId",
				school, "shift", 2, "effectiveFrom", "2026-09-01", "lessons", List.of(bell(1, "14:00", "14:45"), bell(2, "14:55", "15:40"),
						bell(3, "15:50", "16:35")), "setBy", UUID.randomUUID(), "setAt", "2026-08-28T06:00:00Z"));
	}

	void mark(UUID markId, String value, LocalDate day) {
		Map<String, Object> data = DiaryIT.markData(markId, student, school, value);
		data.put("classGroupId", classGroup);
		data.put("subjectId", maths);
		data.put("workDate", day.toString());
		data.put("enteredAt", day + "T07:00:00Z");
		send("journal.marks.v1", student, "/ejd/journal-service", "journal.mark.posted", markId, 1, data);
	}

	void bells(long version, String from, List<Map<String, Object>> lessons) {
		send("journal.regime.v1", school, "/ejd/journal-service", "journal.bell-schedule.set", school, version, Map.of("schoolId",
				school, "shift", 1, "effectiveFrom", from, "lessons", lessons, "setBy", UUID.randomUUID(), "setAt",
				"2026-08-28T06:00:00Z"));
	}

	private Map<String, Object> lesson(UUID id, UUID subject, String subjectName, LocalDate date, int number) {
		return new HashMap<>(Map.of("lessonId", id, "schoolId", school, "classGroupId", classGroup, "subjectId", subject,
				"subjectName", subjectName, "teacherId", UUID.randomUUID(), "date", date.toString(), "periodNo", number, "lessonType",
				"regular", "topicOnTime", true));
	}

	private static Map<String, Object> bell(int number, String start, String end) {
		return Map.of("number", number, "start", start, "end", end);
	}

	void send(String topic, UUID key, String source, String type, UUID subject, long version, Map<String, ?> data) {
		String envelope = Envelopes.envelope(source, type, subject.toString(), school, version, data);
		sent.add(new Sent(topic, key.toString(), envelope));
		EventProbe.send(topic, key.toString(), envelope);
	}

	/** identity.account.portal-linked: a portal client's user is now the person, with an ESIA id or none. */
	void portalLinked(UUID person, String clientId, String portalUserId, String esiaId, long version) {
		Map<String, Object> data = new HashMap<>(Map.of("personId", person, "portalClientId", clientId, "portalUserId", portalUserId));
		if (esiaId != null) {
			data.put("esiaId", esiaId);
		}
		send("identity.accounts.v1", person, "/ejd/identity-service", "identity.account.portal-linked", person, version, data);
	}

	/** identity.account.portal-unlinked for that portal user. */
	void portalUnlinked(UUID person, String clientId, String portalUserId, long version) {
		send("identity.accounts.v1", person, "/ejd/identity-service", "identity.account.portal-unlinked", person, version,
				Map.of("personId", person, "portalClientId", clientId, "portalUserId", portalUserId));
	}

	/** Sends every envelope again, in the order first sent (same ids). */
	void replay() {
		sent.forEach(s -> EventProbe.send(s.topic(), s.key(), s.envelope()));
	}

}
