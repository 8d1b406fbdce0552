package org.ejd.journal.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.policy.DeadlinePolicies;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.refusal.Refusal.FieldError;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was at a lesson (J5): the lesson's teacher takes the class's attendance, all entries or
 * none; an entry later than the school's deadline is accepted and flagged; a cancelled lesson takes none. One event per student.
 */
@Service
class AttendanceRegister {

	private final Attendance attendance;

	private final Lessons lessons;

	private final LessonAccess access;

	private final LessonChangeLog changeLog;

	private final ClassBook classes;

	private final DeadlinePolicies policies;

	private final ApplicationEventPublisher events;

	private final PersonalDataAudit audit;

	private final SchoolTime time;

	private final AbsenceExcuses excuses;

	AttendanceRegister(Attendance attendance, Lessons lessons, LessonAccess access, LessonChangeLog changeLog, ClassBook classes,
			DeadlinePolicies policies, ApplicationEventPublisher events, PersonalDataAudit audit, SchoolTime time,
			AbsenceExcuses excuses) {
		this.excuses = excuses;
		this.attendance = attendance;
		this.lessons = lessons;
		this.access = access;
		this.changeLog = changeLog;
		this.classes = classes;
		this.policies = policies;
		this.events = events;
		this.audit = audit;
		this.time = time;
	}

	/** Records who was at the lesson: all entries or none (each rejected row is named). */
	@Transactional
	public List<Attendance.Row> take(Caller caller, UUID lessonId, List<AttendanceEntry> entries, @Nullable String reason) {
		Lesson lesson = access.taught(caller, lessonId);
		if (lessons.cancellationReason(lesson.id()).isPresent()) {
			throw Refusal.conflict("journal.attendance.lesson-cancelled");
		}
		changeLog.beforeChange(caller, lesson, "attendance", reason);
		LocalDate today = time.today(lesson.schoolId());
		if (lesson.date().isAfter(today)) {
			throw Refusal.invalid("journal.attendance.future-lesson");
		}
		List<FieldError> errors = rejected(lesson, entries);
		if (!errors.isEmpty()) {
			throw Refusal.rejectedItems("journal.attendance.rejected", errors);
		}
		Instant now = time.now();
		boolean onTime = policies.of(lesson.schoolId()).absenceOnTime(lesson.date(), today);
		String subject = classes.subject(lesson.subjectId()).orElseThrow().name();
		for (AttendanceEntry entry : entries) {
			Integer minutes = entry.status() == AttendanceStatus.LATE ? entry.minutesLate() : null;
			AttendanceStatus status = entry.status();
			String why = entry.reason();
			if (status == AttendanceStatus.ABSENT) {
				// an absence the class teacher accepted a guardian's note for is excused, with the note's reason
				var excuse = excuses.excuseFor(entry.studentId(), lesson);
				if (excuse.isPresent()) {
					status = AttendanceStatus.EXCUSED;
					why = excuse.get();
				}
			}
			long version = attendance.record(lesson.id(), entry.studentId(), status, why, minutes, caller.person(), now, onTime,
					reason);
			events.publishEvent(new LessonEvents.AttendanceRecorded(lesson, subject, entry.studentId(), status, why, minutes, onTime,
					version, now));
		}
		return attendance.of(lesson.id());
	}

	/** J11: every change to the lesson's attendance with old and new values, who, when and why (the lesson's readers). */
	@Transactional(readOnly = true)
	public List<Attendance.Change> history(Caller caller, UUID lessonId) {
		Lesson lesson = access.readable(caller, lessonId);
		List<Attendance.Change> changes = attendance.history(lesson.id());
		audit.readAll(caller, changes.stream().map(Attendance.Change::studentId).toList(), "journal-attendance-history");
		return changes;
	}

	@Transactional(readOnly = true)
	public List<Attendance.Row> of(Caller caller, UUID lessonId) {
		Lesson lesson = access.readable(caller, lessonId);
		List<Attendance.Row> rows = attendance.of(lesson.id());
		audit.readAll(caller, rows.stream().map(Attendance.Row::studentId).toList(), "journal-attendance");
		return rows;
	}

	/** Each entry that cannot be taken: a student twice, one not enrolled on the lesson's day, a lateness without minutes. */
	private List<FieldError> rejected(Lesson lesson, List<AttendanceEntry> entries) {
		List<FieldError> errors = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			AttendanceEntry entry = entries.get(i);
			if (!seen.add(entry.studentId())) {
				errors.add(new FieldError("entries[" + i + "].studentId", "journal.attendance.duplicate-student"));
			}
			else if (!classes.enrolledOn(lesson.classGroupId(), entry.studentId(), lesson.date())) {
				errors.add(new FieldError("entries[" + i + "].studentId", "journal.mark.not-enrolled"));
			}
			if (entry.status() == AttendanceStatus.LATE && (entry.minutesLate() == null || entry.minutesLate() < 1
					|| entry.minutesLate() > 90)) {
				errors.add(new FieldError("entries[" + i + "].minutesLate", "journal.attendance.bad-minutes-late"));
			}
		}
		return errors;
	}
}
