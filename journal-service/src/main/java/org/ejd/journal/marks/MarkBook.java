package org.ejd.journal.marks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.directory.Directory;
import org.ejd.journal.marks.domain.Mark;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.journal.marks.domain.WorkType;
import org.ejd.journal.periods.ClosedPeriods;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.ids.TimeOrderedIds;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.refusal.Refusal.FieldError;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.Page;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

	/** A class of 40 with some room; more in one request is a mistake, not a class. */
	static final int MAX_BATCH = 60;

	private final Marks marks;

	private final ClassBook classes;

	private final MarkScales scales;

	private final MarkDeadlines deadlines;

	private final MarkWeights weights;

	private final ClosedPeriods closedPeriods;

	private final SchoolRoles roles;

	private final ApplicationEventPublisher events;

	private final PersonalDataAudit audit;

	private final SchoolTime time;

	private final IntegrationClients integrationClients;

	private final RegisteredMachineApps machineApps;

	private final Directory directory;

	private final MarkFacts markFacts;

	MarkBook(MarkFacts markFacts, Marks marks, ClassBook classes, MarkScales scales, MarkDeadlines deadlines, MarkWeights weights,
			ClosedPeriods closedPeriods, SchoolRoles roles, ApplicationEventPublisher events, PersonalDataAudit audit,
			SchoolTime time, IntegrationClients integrationClients, RegisteredMachineApps machineApps, Directory directory) {
		this.markFacts = markFacts;
		this.integrationClients = integrationClients;
		this.machineApps = machineApps;
		this.directory = directory;
		this.marks = marks;
		this.classes = classes;
		this.scales = scales;
		this.deadlines = deadlines;
		this.weights = weights;
		this.closedPeriods = closedPeriods;
		this.roles = roles;
		this.events = events;
		this.audit = audit;
		this.time = time;
	}

	@Transactional
	public Mark post(Caller caller, PostMark command) {
		Ground ground = ground(caller, command.classGroupId(), command.subjectId(), command.workType(), command.workDate(),
				command.reason(), Set.of(command.studentId()));
		List<Rejection> rejections = new ArrayList<>();
		Mark mark = newMark(TimeOrderedIds.next(), ground.group(), ground.teacher(), command, ground.today(), "", rejections,
				ground.facts());
		if (mark == null) {
			throw rejections.get(0).refusal();
		}
		save(List.of(mark), ground.subjectName(), command.reason(), null, command.submissionId());
		return mark;
	}

	/**
	 * A mark an integration client bound to the school enters for the class's teacher (ADR 0042): posted under the
	 * client's id for the mark, as the mark of whoever teaches the subject to the class on the work date, with the
	 * client recorded beside that teacher; entered again with the same id, it corrects that mark. The client's binding,
	 * the assignment, the enrolment, the scale, the date and the period are checked here as for the teacher.
	 */
	@Transactional
	public Mark enterForTeacher(EnterForTeacher command) {
		PostMark post = command.mark();
		requireBound(command.clientId(), command.schoolId(), RegisteredMachineApps.PUT);
		ClassGroup group = classes.find(post.classGroupId())
			.filter(g -> g.schoolId().equals(command.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		UUID teacher = classes.teacherOf(post.subjectId(), group.id(), post.workDate())
			.orElseThrow(() -> Refusal.againstRule("journal.mark.no-teacher"));
		Optional<Mark> existing = marks.find(command.markId());
		if (existing.isPresent()) {
			return correctForTeacher(command, existing.get(), teacher);
		}
		LocalDate today = time.today(group.schoolId());
		List<Rejection> rejections = new ArrayList<>();
		Mark mark = newMark(command.markId(), group, teacher, post, today, "", rejections,
				facts(group, post.workType(), post.workDate(), today, null, Set.of(post.studentId())));
		if (mark == null) {
			throw rejections.get(0).refusal();
		}
		save(List.of(mark), subjectName(mark), null, command.clientId(), null);
		return mark;
	}

	/**
	 * The client may act for the school's teachers: bound by configuration ({@code ejd.journal.integration-clients},
	 * ADR 0042), or a machine app of that school, not suspended, holding the OneRoster scope for the change (ADR 0065).
	 */
	private void requireBound(String clientId, UUID schoolId, String scope) {
		if (!integrationClients.binds(clientId, schoolId, directory.regionOfSchool(schoolId))
				&& !machineApps.holds(clientId, schoolId, scope)) {
			throw Refusal.notAllowed("journal.mark.client-not-bound", clientId);
		}
	}

	/** The same result put again: the mark it became takes the new value and comment (nothing else of it may move). */
	private Mark correctForTeacher(EnterForTeacher command, Mark before, UUID teacher) {
		PostMark post = command.mark();
		if (before.deleted() || !before.schoolId().equals(command.schoolId()) || !before.studentId().equals(post.studentId())
				|| !before.classGroupId().equals(post.classGroupId()) || !before.subjectId().equals(post.subjectId())
				|| before.workType() != post.workType() || !before.workDate().equals(post.workDate())) {
			throw Refusal.conflict("journal.mark.integration-moved");
		}
		MarkValue newValue = MarkValue.parse(post.value())
			.orElseThrow(() -> Refusal.invalid("journal.mark.bad-value", post.value()));
		if (!scales.of(before.schoolId()).contains(newValue.scale())) {
			throw Refusal.invalid("journal.mark.scale-not-used", post.value());
		}
		if (newValue.equals(before.value()) && java.util.Objects.equals(post.comment(), before.comment())) {
			return before;
		}
		Mark after = before.corrected(newValue, post.comment(), before.counted());
		String reason = "OneRoster: " + command.clientId();
		Instant now = change(teacher, command.clientId(), before, after, before.version(), "CORRECTED", reason);
		events.publishEvent(new MarkEvents.MarkCorrected(after, subjectName(after), teacher, reason, now, command.clientId()));
		return after;
	}

	/**
	 * A whole class's marks for one piece of work in one request: all are written, or none (each rejected row is named).
	 * What is the same for every row (the school's scales and policies, the period, the enrolments) is read once, in one
	 * statement with the group and the assignment (ADR 0067), and the rows are written in one batch (issue 13: a class of
	 * 25 took some 200 statements, now three and an outbox row per mark).
	 */
	@Transactional
	public List<Mark> postAll(Caller caller, PostMarks command) {
		if (command.marks().isEmpty() || command.marks().size() > MAX_BATCH) {
			throw Refusal.invalid("journal.marks.batch-size", MAX_BATCH);
		}
		Ground ground = ground(caller, command.classGroupId(), command.subjectId(), command.workType(), command.workDate(),
				command.reason(), command.marks().stream().map(PostMarks.Entry::studentId).collect(java.util.stream.Collectors.toSet()));
		ClassGroup group = ground.group();
		UUID teacher = ground.teacher();
		LocalDate today = ground.today();
		Facts facts = ground.facts();
		List<Rejection> rejections = new ArrayList<>();
		List<Mark> accepted = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < command.marks().size(); i++) {
			PostMarks.Entry entry = command.marks().get(i);
			if (!seen.add(entry.studentId())) {
				rejections.add(Rejection.invalid("marks[" + i + "].studentId", "journal.marks.duplicate-student"));
				continue;
			}
			PostMark one = new PostMark(entry.studentId(), command.classGroupId(), command.subjectId(), entry.value(),
					command.workType(), command.workDate(), command.weight(), entry.comment(), command.reason());
			Mark mark = newMark(TimeOrderedIds.next(), group, teacher, one, today, "marks[" + i + "].", rejections, facts);
			if (mark != null) {
				accepted.add(mark);
			}
		}
		if (!rejections.isEmpty()) {
			throw Refusal.rejectedItems("journal.marks.batch-rejected", rejections.stream().map(Rejection::error).toList());
		}
		save(accepted, ground.subjectName(), command.reason(), null, null);
		return accepted;
	}

	/** Changes a mark's value or comment; needs a reason, and the version the teacher saw (optimistic lock). */
	@Transactional
	public Mark correct(Caller caller, UUID markId, long expectedVersion, @Nullable String value, @Nullable String comment,
			@Nullable Boolean countsInAverage, String reason) {
		Mark before = ownMark(caller, markId);
		MarkValue newValue = value == null ? before.value()
				: MarkValue.parse(value).orElseThrow(() -> Refusal.invalid("journal.mark.bad-value", value));
		if (!scales.of(before.schoolId()).contains(newValue.scale())) {
			throw Refusal.invalid("journal.mark.scale-not-used", value);
		}
		Mark after = before.corrected(newValue, comment != null ? comment : before.comment(),
				countsInAverage != null ? countsInAverage : before.counted());
		Instant now = change(caller.person(), null, before, after, expectedVersion, "CORRECTED", reason);
		events.publishEvent(new MarkEvents.MarkCorrected(after, subjectName(after), caller.person(), reason, now, null));
		return after;
	}

	@Transactional
	public Mark delete(Caller caller, UUID markId, long expectedVersion, String reason) {
		Mark before = ownMark(caller, markId);
		Mark after = before.deletedMark();
		Instant now = change(caller.person(), null, before, after, expectedVersion, "DELETED", reason);
		events.publishEvent(new MarkEvents.MarkDeleted(after, caller.person(), reason, now, null));
		return after;
	}

	/**
	 * An integration client bound to the school deletes a mark it entered for the teacher (a OneRoster result deleted,
	 * ADR 0046): kept flagged with its history like a teacher's deletion, the teacher it was entered for as the one who
	 * deleted it and the client beside them. Only the client that entered it may; a mark already deleted stays as it is.
	 */
	@Transactional
	public Mark deleteForTeacher(UUID markId, String clientId, UUID schoolId) {
		requireBound(clientId, schoolId, RegisteredMachineApps.DELETE);
		Mark before = marks.find(markId).filter(m -> m.schoolId().equals(schoolId))
			.orElseThrow(() -> Refusal.unknown("journal.mark.not-found"));
		if (!marks.enteredByClient(markId).filter(clientId::equals).isPresent()) {
			throw Refusal.conflict("journal.mark.not-the-clients", clientId);
		}
		if (before.deleted()) {
			return before;
		}
		Mark after = before.deletedMark();
		String reason = "OneRoster: " + clientId;
		Instant now = change(before.teacherId(), clientId, before, after, before.version(), "DELETED", reason);
		events.publishEvent(new MarkEvents.MarkDeleted(after, before.teacherId(), reason, now, clientId));
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

	/** The marks of a class group in a subject, for its teachers, its class teacher and the school's administration. */
	@Transactional(readOnly = true)
	public Page<Marks.MarkRow> ofClassGroup(Caller caller, UUID classGroupId, UUID subjectId, PageRequest page) {
		ClassGroup group = groupOf(caller, classGroupId);
		if (!roles.leadsOrAdministers(caller, group.schoolId(), group.id()) && !teachesNow(caller, subjectId, group)) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		Page<Marks.MarkRow> rows = marks.ofClassGroup(classGroupId, subjectId, page);
		audit.readAll(caller, rows.items().stream().map(Marks.MarkRow::studentId).toList(), "journal-marks");
		return rows;
	}

	/** What every new mark of one piece of work shares: read once for a single mark and for a whole class alike. */
	private record Facts(Set<MarkValue.Scale> scales, boolean periodTakes, Set<UUID> enrolled, double weight, boolean onTime) {
	}

	private Facts facts(ClassGroup group, WorkType type, LocalDate workDate, LocalDate today, @Nullable String reason,
			Set<UUID> students) {
		return new Facts(scales.of(group.schoolId()), closedPeriods.take(group.schoolId(), workDate, reason),
				classes.enrolledOn(group.id(), students, workDate),
				// the school's weight for this kind of work on the work date, kept with the mark (docs/adr/0008)
				weights.weightOf(group.schoolId(), type, workDate), deadlines.markOnTime(group.schoolId(), type, workDate, today));
	}

	/**
	 * What a teacher's new marks of one piece of work stand on, read in one statement (issue 13, ADR 0067) and checked in
	 * the order the separate reads had: the class group in the caller's school (404), the caller teaching the subject
	 * to it on the work date (403), then the facts every mark is checked against.
	 */
	private Ground ground(Caller caller, UUID classGroupId, UUID subjectId, WorkType type, LocalDate workDate,
			@Nullable String reason, Set<UUID> students) {
		MarkFacts.Found found = markFacts.read(classGroupId, caller.personId(), subjectId, type, workDate, students)
			.filter(f -> caller.actsIn(f.group().schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		if (!caller.has(Role.TEACHER) || caller.personId() == null || !found.teaches()) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		ClassGroup group = found.group();
		LocalDate today = time.today(group.schoolId());
		Facts facts = new Facts(found.scales(), ClosedPeriods.takes(found.periodClosed(), reason), found.enrolled(),
				// the school's weight for this kind of work on the work date, kept with the mark (docs/adr/0008)
				weights.weightOf(type, found.policyWeight()), deadlines.markOnTime(found.deadlines(), type, workDate, today));
		return new Ground(group, caller.person(), today, facts, java.util.Objects.requireNonNull(found.subjectName()));
	}

	private record Ground(ClassGroup group, UUID teacher, LocalDate today, Facts facts, String subjectName) {
	}

	/** The mark as it would be posted, or null with each reason it may not be in {@code rejections}. */
	private @Nullable Mark newMark(UUID id, ClassGroup group, UUID teacher, PostMark command, LocalDate today, String prefix,
			List<Rejection> rejections, Facts facts) {
		Optional<MarkValue> value = MarkValue.parse(command.value());
		int before = rejections.size();
		if (value.isEmpty()) {
			rejections.add(Rejection.invalid(prefix + "value", "journal.mark.bad-value", command.value()));
		}
		else if (!facts.scales().contains(value.get().scale())) {
			rejections.add(Rejection.invalid(prefix + "value", "journal.mark.scale-not-used", command.value()));
		}
		if (command.workDate().isAfter(today)) {
			rejections.add(Rejection.invalid(prefix + "workDate", "journal.mark.future-date"));
		}
		if (!facts.enrolled().contains(command.studentId())) {
			rejections.add(Rejection.againstRule(prefix + "studentId", "journal.mark.not-enrolled"));
		}
		if (!facts.periodTakes()) {
			rejections.add(Rejection.againstRule(prefix + "reason", ClosedPeriods.NEEDS_REASON));
		}
		if (rejections.size() > before) {
			return null;
		}
		return new Mark(id, group.schoolId(), command.studentId(), group.id(), command.subjectId(), teacher,
				value.orElseThrow(), command.workType(), facts.weight(), command.workDate(), time.now(), facts.onTime(),
				command.comment(), 1, false, true);
	}

	/** The new marks in one batch, each with its late-entry note and its event (one outbox row per mark). */
	private void save(List<Mark> posted, String subjectName, @Nullable String reason, @Nullable String enteredByClient,
			@Nullable UUID submissionId) {
		if (posted.isEmpty()) {
			return;
		}
		marks.insertAll(posted, enteredByClient, submissionId);
		for (Mark mark : posted) {
			if (reason != null && !reason.isBlank()) {
				marks.recordLateEntry(mark, reason.strip());
			}
			events.publishEvent(new MarkPosted(mark, subjectName, enteredByClient, submissionId));
		}
	}

	/** Writes a correction or deletion with its history entry; returns when it happened. */
	private Instant change(UUID by, @Nullable String byClient, Mark before, Mark after, long expectedVersion, String action,
			String reason) {
		if (reason == null || reason.isBlank()) {
			throw Refusal.invalid("journal.mark.reason-required");
		}
		if (before.version() != expectedVersion || !marks.update(after, expectedVersion)) {
			throw Refusal.stale();
		}
		Instant now = time.now();
		marks.recordChange(before, after, action, by, byClient, reason.strip(), now);
		return now;
	}

	/** A mark the caller may change: their school, not deleted, and a subject they teach to that class. */
	private Mark ownMark(Caller caller, UUID markId) {
		Mark mark = marks.find(markId)
			.filter(m -> caller.actsIn(m.schoolId()) && !m.deleted())
			.orElseThrow(() -> Refusal.unknown("journal.mark.not-found"));
		ClassGroup group = classes.find(mark.classGroupId()).orElseThrow();
		requireTeaching(caller, mark.subjectId(), group, mark.workDate());
		return mark;
	}

	private Mark readable(Caller caller, UUID markId) {
		Mark mark = marks.find(markId)
			.filter(m -> caller.actsIn(m.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.mark.not-found"));
		if (!roles.readsWork(caller, mark.schoolId(), mark.classGroupId(), mark.subjectId(), mark.workDate(),
				time.today(mark.schoolId()))) {
			throw Refusal.unknown("journal.mark.not-found");
		}
		return mark;
	}

	private ClassGroup groupOf(Caller caller, UUID classGroupId) {
		return classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
	}

	private UUID requireTeaching(Caller caller, UUID subjectId, ClassGroup group, LocalDate date) {
		if (!caller.has(Role.TEACHER) || caller.personId() == null
				|| !classes.teaches(caller.person(), subjectId, group.id(), date)) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		return caller.person();
	}

	private boolean teachesNow(Caller caller, UUID subjectId, ClassGroup group) {
		return caller.personId() != null && classes.teaches(caller.person(), subjectId, group.id(), time.today(group.schoolId()));
	}

	private String subjectName(Mark mark) {
		return classes.subject(mark.subjectId()).orElseThrow().name();
	}

	/**
	 * Why one new mark may not be posted: the wrong field with its message, and whether the mark is
	 * malformed or against a rule of the school. A single mark is refused with its first rejection;
	 * a batch names every rejected row.
	 */
	private record Rejection(Refusal.Kind kind, FieldError error) {

		static Rejection invalid(String field, String messageKey, Object... arguments) {
			return new Rejection(Refusal.Kind.INVALID, new FieldError(field, messageKey, arguments));
		}

		static Rejection againstRule(String field, String messageKey) {
			return new Rejection(Refusal.Kind.AGAINST_RULE, new FieldError(field, messageKey));
		}

		Refusal refusal() {
			return Refusal.of(kind, error.messageKey(), error.arguments());
		}
	}

	/** A mark an integration client enters for the class's teacher: the mark's id is the client's (ADR 0042). */
	public record EnterForTeacher(UUID markId, String clientId, UUID schoolId, PostMark mark) {
	}

	/** A teacher's batch: one piece of work, one mark per student. */
	public record PostMarks(UUID classGroupId, UUID subjectId, WorkType workType, LocalDate workDate, @Nullable Double weight,
			List<Entry> marks, @Nullable String reason) {

		public record Entry(UUID studentId, String value, @Nullable String comment) {
		}
	}
}
