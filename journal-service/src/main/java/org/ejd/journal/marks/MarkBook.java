package org.ejd.journal.marks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.marks.domain.Mark;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.journal.marks.domain.WorkType;
import org.ejd.journal.averages.AveragingPolicies;
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
 * The teacher's mark book. Every change saves the mark and its event in one transaction (the
 * outbox relays the event). A teacher writes only within their assignments, for students
 * enrolled in that class group on the day of the work; corrections and deletions keep the full
 * history with who, when and why (J11), and a deleted mark is kept, never erased.
 */
@Service
public class MarkBook {

	private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Moscow");

	/** A class of 40 with some room; more in one request is a mistake, not a class. */
	static final int MAX_BATCH = 60;

	private final Marks marks;

	private final ClassBook classes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PersonalDataAudit audit;

	private final DeadlinePolicies policies;

	private final AveragingPolicies averaging;

	private final org.ejd.journal.periods.GradeBook grades;

	private final MarkScales scales;

	MarkBook(Marks marks, ClassBook classes, ApplicationEventPublisher events, PersonalDataAudit audit, DeadlinePolicies policies,
			AveragingPolicies averaging, org.ejd.journal.periods.GradeBook grades, MarkScales scales) {
		this.grades = grades;
		this.scales = scales;
		this.marks = marks;
		this.classes = classes;
		this.events = events;
		this.audit = audit;
		this.policies = policies;
		this.averaging = averaging;
		this.clock = Clock.system(SCHOOL_ZONE);
	}

	@Transactional
	public Mark post(Caller caller, PostMark command) {
		ClassGroup group = groupOf(caller, command.classGroupId());
		UUID teacher = requireTeaching(caller, command.subjectId(), group, command.workDate());
		List<FieldError> errors = new ArrayList<>();
		Mark mark = newMark(group, teacher, command, "", errors);
		if (!errors.isEmpty()) {
			FieldError first = errors.get(0);
			throw new ApiException(statusOf(first), first.messageKey(), first.arguments());
		}
		save(mark, command.reason());
		return mark;
	}

	/** A whole class's marks for one piece of work in one request: all are written, or none (422 with each rejected row). */
	@Transactional
	public List<Mark> postAll(Caller caller, PostMarks command) {
		if (command.marks().isEmpty() || command.marks().size() > MAX_BATCH) {
			throw ApiException.badRequest("journal.marks.batch-size", MAX_BATCH);
		}
		ClassGroup group = groupOf(caller, command.classGroupId());
		UUID teacher = requireTeaching(caller, command.subjectId(), group, command.workDate());
		List<FieldError> errors = new ArrayList<>();
		List<Mark> accepted = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < command.marks().size(); i++) {
			PostMarks.Entry entry = command.marks().get(i);
			if (!seen.add(entry.studentId())) {
				errors.add(new FieldError("marks[" + i + "].studentId", "journal.marks.duplicate-student"));
				continue;
			}
			PostMark one = new PostMark(entry.studentId(), command.classGroupId(), command.subjectId(), entry.value(),
					command.workType(), command.workDate(), command.weight(), entry.comment(), command.reason());
			Mark mark = newMark(group, teacher, one, "marks[" + i + "].", errors);
			if (mark != null) {
				accepted.add(mark);
			}
		}
		if (!errors.isEmpty()) {
			throw ApiException.rejectedItems("journal.marks.batch-rejected", errors);
		}
		accepted.forEach(mark -> save(mark, command.reason()));
		return accepted;
	}

	/** Changes a mark's value or comment; needs a reason, and the version the teacher saw (optimistic lock). */
	@Transactional
	public Mark correct(Caller caller, UUID markId, long expectedVersion, @Nullable String value, @Nullable String comment,
			@Nullable Boolean countsInAverage, String reason) {
		Mark before = ownMark(caller, markId);
		MarkValue newValue = value == null ? before.value()
				: MarkValue.parse(value).orElseThrow(() -> ApiException.badRequest("journal.mark.bad-value", value));
		if (!scales.of(before.schoolId()).contains(newValue.scale())) {
			throw ApiException.badRequest("journal.mark.scale-not-used", value);
		}
		Mark after = before.corrected(newValue, comment != null ? comment : before.comment(),
				countsInAverage != null ? countsInAverage : before.counted());
		change(caller, before, after, expectedVersion, "CORRECTED", reason);
		events.publishEvent(new MarkEvents.MarkCorrected(after, subjectName(after), caller.person(), reason));
		return after;
	}

	@Transactional
	public Mark delete(Caller caller, UUID markId, long expectedVersion, String reason) {
		Mark before = ownMark(caller, markId);
		Mark after = before.deletedMark();
		change(caller, before, after, expectedVersion, "DELETED", reason);
		events.publishEvent(new MarkEvents.MarkDeleted(after, caller.person(), reason));
		return after;
	}

	@Transactional(readOnly = true)
	public Mark get(Caller caller, UUID markId) {
		Mark mark = readable(caller, markId);
		audit.read(caller, mark.studentId(), "journal-mark");
		return mark;
	}

	@Transactional(readOnly = true)
	public List<Marks.Change> history(Caller caller, UUID markId) {
		Mark mark = readable(caller, markId);
		audit.read(caller, mark.studentId(), "journal-mark-history");
		return marks.history(markId);
	}

	/** The marks of a class group in a subject, for its teachers and the school's administration. */
	@Transactional(readOnly = true)
	public List<Marks.MarkRow> ofClassGroup(Caller caller, UUID classGroupId, UUID subjectId) {
		ClassGroup group = groupOf(caller, classGroupId);
		if (!administration(caller) && !classes.leads(caller, group.id()) && !teachesNow(caller, subjectId, group)) {
			throw ApiException.forbidden("journal.mark.not-your-assignment");
		}
		List<Marks.MarkRow> rows = marks.ofClassGroup(classGroupId, subjectId);
		rows.stream().map(Marks.MarkRow::studentId).distinct().forEach(student -> audit.read(caller, student, "journal-marks"));
		return rows;
	}

	private @Nullable Mark newMark(ClassGroup group, UUID teacher, PostMark command, String prefix, List<FieldError> errors) {
		Optional<MarkValue> value = MarkValue.parse(command.value());
		LocalDate today = LocalDate.now(clock);
		int before = errors.size();
		if (value.isEmpty()) {
			errors.add(new FieldError(prefix + "value", "journal.mark.bad-value", command.value()));
		}
		else if (!scales.of(group.schoolId()).contains(value.get().scale())) {
			errors.add(new FieldError(prefix + "value", "journal.mark.scale-not-used", command.value()));
		}
		if (command.workDate().isAfter(today)) {
			errors.add(new FieldError(prefix + "workDate", "journal.mark.future-date"));
		}
		// the school's weight for this kind of work on the work date, kept with the mark (docs/adr/0008)
		double weight = averaging.inForce(group.schoolId(), command.workDate()).weightOf(command.workType());
		if (!classes.enrolledOn(group.id(), command.studentId(), command.workDate())) {
			errors.add(new FieldError(prefix + "studentId", "journal.mark.not-enrolled"));
		}
		java.util.Optional<org.ejd.journal.periods.ReportingPeriod> closed = grades.closedPeriodOn(group.schoolId(), command.workDate());
		if (closed.isPresent() && (command.reason() == null || command.reason().isBlank())) {
			errors.add(new FieldError(prefix + "reason", "journal.period.closed-needs-reason"));
		}
		if (errors.size() > before) {
			return null;
		}
		return new Mark(UUID.randomUUID(), group.schoolId(), command.studentId(), group.id(), command.subjectId(), teacher,
				value.orElseThrow(), command.workType(), weight, command.workDate(), Instant.now(clock),
				policies.of(group.schoolId()).markOnTime(command.workType(), command.workDate(), today), command.comment(), 1, false,
				true);
	}

	private void save(Mark mark, @Nullable String reason) {
		marks.insert(mark);
		if (reason != null && !reason.isBlank()) {
			marks.recordLateEntry(mark, reason.strip());
		}
		events.publishEvent(new MarkPosted(mark, subjectName(mark)));
	}

	private void change(Caller caller, Mark before, Mark after, long expectedVersion, String action, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ApiException.badRequest("journal.mark.reason-required");
		}
		if (before.version() != expectedVersion || !marks.update(after, expectedVersion)) {
			throw new ApiException(HttpStatus.PRECONDITION_FAILED, "problem.concurrent-edit");
		}
		marks.recordChange(before, after, action, caller.person(), reason.strip(), Instant.now(clock));
	}

	/** A mark the caller may change: their school, not deleted, and a subject they teach to that class. */
	private Mark ownMark(Caller caller, UUID markId) {
		Mark mark = marks.find(markId)
			.filter(m -> caller.actsIn(m.schoolId()) && !m.deleted())
			.orElseThrow(() -> ApiException.notFound("journal.mark.not-found"));
		ClassGroup group = classes.find(mark.classGroupId()).orElseThrow();
		requireTeaching(caller, mark.subjectId(), group, mark.workDate());
		return mark;
	}

	private Mark readable(Caller caller, UUID markId) {
		Mark mark = marks.find(markId)
			.filter(m -> caller.actsIn(m.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.mark.not-found"));
		ClassGroup group = classes.find(mark.classGroupId()).orElseThrow();
		if (!administration(caller) && !teachesNow(caller, mark.subjectId(), group)
				&& !(caller.personId() != null && classes.teaches(caller.person(), mark.subjectId(), group.id(), mark.workDate()))) {
			throw ApiException.notFound("journal.mark.not-found");
		}
		return mark;
	}

	private ClassGroup groupOf(Caller caller, UUID classGroupId) {
		return classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.class-group.not-found"));
	}

	private UUID requireTeaching(Caller caller, UUID subjectId, ClassGroup group, LocalDate date) {
		if (!caller.has(Role.TEACHER) || caller.personId() == null
				|| !classes.teaches(caller.person(), subjectId, group.id(), date)) {
			throw ApiException.forbidden("journal.mark.not-your-assignment");
		}
		return caller.person();
	}

	private boolean teachesNow(Caller caller, UUID subjectId, ClassGroup group) {
		return caller.personId() != null && classes.teaches(caller.person(), subjectId, group.id(), LocalDate.now(clock));
	}

	private static boolean administration(Caller caller) {
		return caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.DEPUTY_HEAD);
	}

	private String subjectName(Mark mark) {
		return classes.subject(mark.subjectId()).orElseThrow().name();
	}

	private static HttpStatus statusOf(FieldError error) {
		return error.messageKey().equals("journal.mark.not-enrolled") || error.messageKey().equals("journal.period.closed-needs-reason")
				? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
	}

	/** A teacher's batch: one piece of work, one mark per student. */
	public record PostMarks(UUID classGroupId, UUID subjectId, WorkType workType, LocalDate workDate, @Nullable Double weight,
			List<Entry> marks, @Nullable String reason) {

		public record Entry(UUID studentId, String value, @Nullable String comment) {
		}
	}
}
