package org.ejd.journal.lessons;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.directory.Directory;
import org.ejd.journal.policy.DeadlinePolicies;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.ApiException;
import org.ejd.platform.web.ApiException.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's lesson pages: a lesson with its topic, type and homework (J4), and who was
 * there (J5). Late entries are accepted and flagged. Each change is saved with its event.
 */
@Service
public class LessonBook {

	private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Moscow");

	private final Lessons lessons;

	private final ClassBook classes;

	private final ApplicationEventPublisher events;

	private final PersonalDataAudit audit;

	private final Clock clock = Clock.system(SCHOOL_ZONE);

	private final DeadlinePolicies policies;

	private final Directory directory;

	private final Attachments attachments;

	private final AttachmentStore store;

	private final AttachmentProperties attachmentProperties;

	private final org.ejd.journal.periods.GradeBook grades;

	LessonBook(Lessons lessons, ClassBook classes, ApplicationEventPublisher events, PersonalDataAudit audit,
			DeadlinePolicies policies, Directory directory, Attachments attachments, AttachmentStore store,
			AttachmentProperties attachmentProperties, org.ejd.journal.periods.GradeBook grades) {
		this.grades = grades;
		this.attachments = attachments;
		this.store = store;
		this.attachmentProperties = attachmentProperties;
		this.lessons = lessons;
		this.classes = classes;
		this.events = events;
		this.audit = audit;
		this.policies = policies;
		this.directory = directory;
	}

	@Transactional
	public Lesson record(Caller caller, RecordLesson command) {
		ClassGroup group = groupOf(caller, command.classGroupId());
		UUID teacher = requireTeaching(caller, command.subjectId(), group, command.date());
		if (command.periodNo() < 1 || command.periodNo() > 12) {
			throw ApiException.badRequest("journal.lesson.bad-period");
		}
		if (command.homeworkDue() != null && command.homeworkDue().isBefore(command.date())) {
			throw ApiException.badRequest("journal.lesson.homework-before-lesson");
		}
		if (lessons.slotTaken(group.id(), command.date(), command.periodNo())) {
			throw ApiException.conflict("journal.lesson.slot-taken");
		}
		Lesson planned = Lesson.planned(UUID.randomUUID(), group.schoolId(), group.id(), command.subjectId(), teacher,
				command.date(), command.periodNo(), command.type());
		Lesson lesson = command.topic() == null && command.homework() == null ? planned
				: planned.withContent(command.type(), command.topic(), command.homework(), command.homeworkDue(), Instant.now(clock),
						policies.of(group.schoolId()).topicOnTime(command.date(), LocalDate.now(clock)));
		if (lesson.version() > 1) { // planned and described at once: one version, one event
			lesson = new Lesson(lesson.id(), lesson.schoolId(), lesson.classGroupId(), lesson.subjectId(), lesson.teacherId(),
					lesson.date(), lesson.periodNo(), lesson.type(), lesson.topic(), lesson.homework(), lesson.homeworkDue(),
					lesson.topicEnteredAt(), lesson.topicOnTime(), 1, null);
		}
		lessons.insert(lesson);
		announce(lesson);
		return lesson;
	}

	/** A lesson from the timetable, before it is held; false when the class already has a lesson in that slot. */
	@Transactional
	public boolean schedule(UUID schoolId, UUID classGroupId, UUID subjectId, UUID teacherId, LocalDate date, int periodNo) {
		if (lessons.slotTaken(classGroupId, date, periodNo)) {
			return false;
		}
		Lesson lesson = Lesson.planned(UUID.randomUUID(), schoolId, classGroupId, subjectId, teacherId, date, periodNo,
				Lesson.Type.REGULAR);
		lessons.insert(lesson);
		announce(lesson);
		return true;
	}

	/** A school admin puts in a substitute teacher (D3); the substitute may keep the journal for that lesson's day. */
	@Transactional
	public Lesson substitute(Caller caller, UUID lessonId, UUID substituteId, String reason) {
		Lesson before = administered(caller, lessonId);
		if (substituteId.equals(before.teacherId())) {
			throw ApiException.badRequest("journal.lesson.substitute-is-teacher");
		}
		if (!directory.isTeacherAt(substituteId, before.schoolId())) {
			throw ApiException.unprocessable("journal.teacher.unknown");
		}
		Lesson after = before.substitutedBy(substituteId, reason.strip());
		if (!lessons.update(after, before.version())) {
			throw new ApiException(HttpStatus.PRECONDITION_FAILED, "problem.concurrent-edit");
		}
		classes.assignForOneDay(substituteId, before.subjectId(), before.classGroupId(), before.date());
		announce(after);
		return after;
	}

	/** A school admin moves a lesson to another day or period (D3), before attendance was taken. */
	@Transactional
	public Lesson reschedule(Caller caller, UUID lessonId, LocalDate date, int periodNo, String reason) {
		Lesson before = administered(caller, lessonId);
		if (periodNo < 1 || periodNo > 12) {
			throw ApiException.badRequest("journal.lesson.bad-period");
		}
		if (lessons.hasAttendance(lessonId)) {
			throw ApiException.conflict("journal.lesson.already-held");
		}
		if (lessons.slotTaken(before.classGroupId(), date, periodNo)) {
			throw ApiException.conflict("journal.lesson.slot-taken");
		}
		Lesson after = before.movedTo(date, periodNo, reason.strip());
		if (!lessons.update(after, before.version())) {
			throw new ApiException(HttpStatus.PRECONDITION_FAILED, "problem.concurrent-edit");
		}
		announce(after);
		return after;
	}

	/** Attaches a homework file to the teacher's lesson and announces the lesson with its links. */
	@Transactional
	public UUID attach(Caller caller, UUID lessonId, String fileName, String contentType, byte[] content) {
		Lesson lesson = ownLesson(caller, lessonId);
		if (content.length == 0) {
			throw ApiException.badRequest("journal.attachment.empty");
		}
		if (content.length > attachmentProperties.maxSize().toBytes()) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "journal.attachment.too-large", attachmentProperties.maxSize().toMegabytes());
		}
		if (!attachmentProperties.allowedTypes().contains(contentType)) {
			throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "journal.attachment.type", contentType);
		}
		UUID id = UUID.randomUUID();
		attachments.insert(id, lesson.id(), fileName, contentType, content.length, caller.person());
		store.put(id, content);
		announce(lesson);
		return id;
	}

	public long maxAttachmentBytes() {
		return attachmentProperties.maxSize().toBytes();
	}

	/** A file by its signed link; empty when the link is forged, expired or the file unknown. */
	@Transactional(readOnly = true)
	public java.util.Optional<Download> download(UUID attachmentId, long expires, String signature) {
		if (!attachments.valid(attachmentId, expires, signature, Instant.now(clock))) {
			return java.util.Optional.empty();
		}
		return attachments.find(attachmentId)
			.flatMap(meta -> store.get(attachmentId).map(bytes -> new Download(meta.fileName(), meta.contentType(), bytes)));
	}

	public record Download(String fileName, String contentType, byte[] content) {
	}

	private void announce(Lesson lesson) {
		Instant now = Instant.now(clock);
		List<LessonEvents.AttachmentLink> links = attachments.of(lesson.id()).stream()
			.map(a -> new LessonEvents.AttachmentLink(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), attachments.link(a.id(), now)))
			.toList();
		events.publishEvent(new LessonEvents.LessonRecorded(lesson, subjectName(lesson), links));
	}

	/** A change to a lesson of a closed period needs a reason, kept in the lesson's change log. */
	private void afterClosing(Caller caller, Lesson lesson, String what, @Nullable String reason) {
		if (grades.closedPeriodOn(lesson.schoolId(), lesson.date()).isEmpty()) {
			return;
		}
		if (reason == null || reason.isBlank()) {
			throw ApiException.unprocessable("journal.period.closed-needs-reason");
		}
		lessons.logChangeAfterClosing(lesson.id(), what, reason.strip(), caller.person(), Instant.now(clock));
	}

	private Lesson administered(Caller caller, UUID lessonId) {
		Lesson lesson = lessons.find(lessonId)
			.filter(l -> caller.actsIn(l.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.lesson.not-found"));
		if (!caller.has(Role.SCHOOL_ADMIN) && !caller.has(Role.DEPUTY_HEAD)) {
			throw ApiException.forbidden("journal.school-admin-only");
		}
		return lesson;
	}

	/** Sets the topic, type and homework; needs the version the teacher saw. */
	@Transactional
	public Lesson describe(Caller caller, UUID lessonId, long expectedVersion, Lesson.Type type, @Nullable String topic,
			@Nullable String homework, @Nullable LocalDate homeworkDue, @Nullable String reason) {
		Lesson before = ownLesson(caller, lessonId);
		afterClosing(caller, before, "content", reason);
		if (homeworkDue != null && homeworkDue.isBefore(before.date())) {
			throw ApiException.badRequest("journal.lesson.homework-before-lesson");
		}
		Lesson after = before.withContent(type, topic, homework, homeworkDue, Instant.now(clock),
				policies.of(before.schoolId()).topicOnTime(before.date(), LocalDate.now(clock)));
		if (before.version() != expectedVersion || !lessons.update(after, expectedVersion)) {
			throw new ApiException(HttpStatus.PRECONDITION_FAILED, "problem.concurrent-edit");
		}
		announce(after);
		return after;
	}

	/** Records who was at the lesson: all entries or none (422 with each rejected row). J5: on time within a day. */
	@Transactional
	public List<Lessons.AttendanceRow> takeAttendance(Caller caller, UUID lessonId, List<Mark> entries, @Nullable String reason) {
		Lesson lesson = ownLesson(caller, lessonId);
		afterClosing(caller, lesson, "attendance", reason);
		if (lesson.date().isAfter(LocalDate.now(clock))) {
			throw ApiException.badRequest("journal.attendance.future-lesson");
		}
		List<FieldError> errors = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			Mark entry = entries.get(i);
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
		if (!errors.isEmpty()) {
			throw ApiException.rejectedItems("journal.attendance.rejected", errors);
		}
		Instant now = Instant.now(clock);
		boolean onTime = policies.of(lesson.schoolId()).absenceOnTime(lesson.date(), LocalDate.now(clock));
		String subject = subjectName(lesson);
		for (Mark entry : entries) {
			Integer minutes = entry.status() == AttendanceStatus.LATE ? entry.minutesLate() : null;
			long version = lessons.mark(lesson.id(), entry.studentId(), entry.status(), entry.reason(), minutes, caller.person(), now,
					onTime);
			events.publishEvent(new LessonEvents.AttendanceRecorded(lesson, subject, entry.studentId(), entry.status(),
					entry.reason(), minutes, onTime, version));
		}
		return lessons.attendance(lesson.id());
	}

	@Transactional(readOnly = true)
	public List<String> changesAfterClosing(Caller caller, UUID lessonId) {
		return lessons.changesAfterClosing(readable(caller, lessonId).id());
	}

	@Transactional(readOnly = true)
	public Lesson get(Caller caller, UUID lessonId) {
		return readable(caller, lessonId);
	}

	@Transactional(readOnly = true)
	public List<Lessons.AttendanceRow> attendance(Caller caller, UUID lessonId) {
		Lesson lesson = readable(caller, lessonId);
		List<Lessons.AttendanceRow> rows = lessons.attendance(lesson.id());
		rows.forEach(row -> audit.read(caller, row.studentId(), "journal-attendance"));
		return rows;
	}

	@Transactional(readOnly = true)
	public List<Lesson> ofClassGroup(Caller caller, UUID classGroupId, LocalDate from, LocalDate to) {
		groupOf(caller, classGroupId);
		if (to.isBefore(from) || from.plusDays(400).isBefore(to)) {
			throw ApiException.badRequest("journal.period.bad");
		}
		return lessons.ofClassGroup(classGroupId, from, to);
	}

	private Lesson ownLesson(Caller caller, UUID lessonId) {
		Lesson lesson = lessons.find(lessonId)
			.filter(l -> caller.actsIn(l.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.lesson.not-found"));
		requireTeaching(caller, lesson.subjectId(), classes.find(lesson.classGroupId()).orElseThrow(), lesson.date());
		return lesson;
	}

	private Lesson readable(Caller caller, UUID lessonId) {
		return lessons.find(lessonId)
			.filter(l -> caller.actsIn(l.schoolId()) && (caller.has(Role.TEACHER) || classes.leads(caller, l.classGroupId())
					|| caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.DEPUTY_HEAD)))
			.orElseThrow(() -> ApiException.notFound("journal.lesson.not-found"));
	}

	private ClassGroup groupOf(Caller caller, UUID classGroupId) {
		return classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.class-group.not-found"));
	}

	private UUID requireTeaching(Caller caller, UUID subjectId, ClassGroup group, LocalDate date) {
		if (!caller.has(Role.TEACHER) || caller.personId() == null || !classes.teaches(caller.person(), subjectId, group.id(), date)) {
			throw ApiException.forbidden("journal.mark.not-your-assignment");
		}
		return caller.person();
	}

	private String subjectName(Lesson lesson) {
		return classes.subject(lesson.subjectId()).orElseThrow().name();
	}

	public record RecordLesson(UUID classGroupId, UUID subjectId, LocalDate date, int periodNo, Lesson.Type type,
			@Nullable String topic, @Nullable String homework, @Nullable LocalDate homeworkDue) {
	}

	/** One student's attendance at the lesson. */
	public record Mark(UUID studentId, AttendanceStatus status, @Nullable String reason, @Nullable Integer minutesLate) {
	}
}
