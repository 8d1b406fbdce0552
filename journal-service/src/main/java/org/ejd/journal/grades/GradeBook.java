package org.ejd.journal.grades;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.marks.MarkScales;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.journal.periods.ClosedPeriods;
import org.ejd.journal.periods.ReportingPeriod;
import org.ejd.journal.periods.ReportingPeriods;
import org.ejd.journal.policy.DeadlinePolicies;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.IfMatch;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marks that sum a reporting period up (J6, J7): period, year, exam and final marks, a deferral
 * (e.g. illness) with its new date, and the class summary sheet. A change after the period is
 * closed needs a reason and is kept in the history; late entries are flagged, never blocked.
 */
@Service
class GradeBook {

	private final Grades grades;

	private final ReportingPeriods periods;

	private final ClassBook classes;

	private final DeadlinePolicies policies;

	private final MarkScales scales;

	private final SchoolRoles roles;

	private final ApplicationEventPublisher events;

	private final PersonalDataAudit audit;

	private final SchoolTime time;

	GradeBook(Grades grades, ReportingPeriods periods, ClassBook classes, DeadlinePolicies policies, MarkScales scales,
			SchoolRoles roles, ApplicationEventPublisher events, PersonalDataAudit audit, SchoolTime time) {
		this.grades = grades;
		this.periods = periods;
		this.classes = classes;
		this.policies = policies;
		this.scales = scales;
		this.roles = roles;
		this.events = events;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * Records a summary mark, or defers it ({@code value} null, {@code deferredUntil} and a reason given). A change of one
	 * already recorded needs the version its author saw ({@code expectedVersion}, the {@code If-Match} of the request).
	 */
	@Transactional
	public Grades.Grade record(Caller caller, RecordGrade command) {
		ReportingPeriod period = periods.periodOf(caller, command.periodId());
		ClassGroup group = classes.find(command.classGroupId())
			.filter(g -> g.schoolId().equals(period.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		LocalDate today = time.today(period.schoolId());
		LocalDate asOf = today.isBefore(period.endDate()) ? today : period.endDate();
		if (!caller.has(Role.TEACHER) || caller.personId() == null
				|| !classes.teaches(caller.person(), command.subjectId(), group.id(), asOf)) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		if (!classes.enrolledOn(group.id(), command.studentId(), asOf)) {
			throw Refusal.againstRule("journal.mark.not-enrolled");
		}
		if (!period.takes(command.reason())) {
			throw ClosedPeriods.reasonMissing();
		}
		// a change names the version it changes, as a mark's does: 428 without, 412 when someone changed it first
		var existing = grades.lock(period.id(), command.studentId(), command.subjectId(), command.kind());
		if (existing.isPresent() && command.expectedVersion() == null) {
			IfMatch.version(null);
		}
		if (command.expectedVersion() != null
				&& (existing.isEmpty() || existing.get().version() != command.expectedVersion().longValue())) {
			throw Refusal.stale();
		}
		String value = null;
		Integer points = null;
		if (command.deferredUntil() != null) {
			if (command.value() != null || command.deferralReason() == null || command.deferralReason().isBlank()) {
				throw Refusal.invalid("journal.grade.deferral-needs-reason");
			}
			if (!command.deferredUntil().isAfter(period.endDate())) {
				throw Refusal.invalid("journal.grade.deferral-after-period");
			}
		}
		else {
			MarkValue parsed = MarkValue.parse(command.value())
				.filter(v -> scales.of(period.schoolId()).contains(v.scale()))
				.orElseThrow(() -> Refusal.invalid("journal.mark.bad-value", command.value()));
			value = parsed.text();
			points = parsed.points();
		}
		boolean onTime = !today.isAfter(period.endDate().plusDays(policies.of(period.schoolId()).periodMarkDays()));
		Instant now = time.now();
		Grades.Grade grade = grades.save(new Grades.Grade(UUID.randomUUID(), period.id(), period.schoolId(), group.id(),
				command.subjectId(), command.studentId(), command.kind().name(), value, points, command.deferredUntil(),
				command.deferralReason(), caller.person(), now.atOffset(ZoneOffset.UTC), onTime, command.comment(), 0),
				command.reason());
		events.publishEvent(new GradeRecorded(grade, period, classes.subject(command.subjectId()).orElseThrow().name()));
		return grade;
	}

	/** The class summary sheet of final marks (J7) for the class teacher and the school's administration. */
	@Transactional(readOnly = true)
	public List<Grades.SheetCell> summarySheet(Caller caller, UUID classGroupId, String academicYear) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		if (!roles.leadsOrAdministers(caller, group.schoolId(), group.id())) {
			throw Refusal.notAllowed("journal.summary-sheet.forbidden");
		}
		List<Grades.SheetCell> sheet = grades.summarySheet(group.id(), academicYear);
		audit.readAll(caller, sheet.stream().map(Grades.SheetCell::studentId).toList(), "summary-sheet");
		return sheet;
	}

	public record RecordGrade(UUID periodId, UUID classGroupId, UUID subjectId, UUID studentId, GradeKind kind,
			@Nullable String value, @Nullable LocalDate deferredUntil, @Nullable String deferralReason,
			@Nullable String comment, @Nullable String reason, @Nullable Long expectedVersion) {
	}
}
