package org.ejd.journal.periods;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.journal.policy.DeadlinePolicies;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting periods and the marks that sum them up (J6, J7): period, year, exam and final marks,
 * a deferral (e.g. illness) with its new date, and the class summary sheet. A change after the
 * period is closed needs a reason and is kept in the history; late entries are flagged, never blocked.
 */
@Service
public class GradeBook {

	private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Moscow");

	private final Grades grades;

	private final ClassBook classes;

	private final DeadlinePolicies policies;

	private final ApplicationEventPublisher events;

	private final PersonalDataAudit audit;

	private final Clock clock = Clock.system(SCHOOL_ZONE);

	private final org.ejd.journal.marks.MarkScales scales;

	GradeBook(Grades grades, ClassBook classes, DeadlinePolicies policies, ApplicationEventPublisher events,
			PersonalDataAudit audit, org.ejd.journal.marks.MarkScales scales) {
		this.scales = scales;
		this.grades = grades;
		this.classes = classes;
		this.policies = policies;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	public ReportingPeriod define(Caller caller, UUID schoolId, String academicYear, String name, ReportingPeriod.Kind kind,
			LocalDate start, LocalDate end) {
		requireAdmin(caller, schoolId);
		if (end.isBefore(start)) {
			throw ApiException.badRequest("journal.dates.reversed");
		}
		int firstYear = Integer.parseInt(academicYear.substring(0, 4));
		if (Integer.parseInt(academicYear.substring(5)) != firstYear + 1 || start.isBefore(LocalDate.of(firstYear, 8, 1))
				|| end.isAfter(LocalDate.of(firstYear + 1, 8, 31))) {
			throw ApiException.badRequest("journal.period.outside-year", academicYear);
		}
		if (grades.overlaps(schoolId, kind, start, end)) {
			throw ApiException.conflict("journal.period.overlaps");
		}
		ReportingPeriod period = new ReportingPeriod(UUID.randomUUID(), schoolId, academicYear, name, kind, start, end, null);
		grades.insert(period);
		events.publishEvent(new PeriodEvents.PeriodDefined(period, 1));
		return period;
	}

	@Transactional
	public ReportingPeriod close(Caller caller, UUID periodId) {
		ReportingPeriod period = periodOf(caller, periodId);
		requireAdmin(caller, period.schoolId());
		if (period.closed()) {
			throw ApiException.conflict("journal.period.already-closed");
		}
		grades.close(periodId, caller.person(), Instant.now(clock));
		ReportingPeriod closed = grades.period(periodId).orElseThrow();
		events.publishEvent(new PeriodEvents.PeriodDefined(closed, 2));
		return closed;
	}

	@Transactional(readOnly = true)
	public List<ReportingPeriod> periods(Caller caller, UUID schoolId, String academicYear) {
		if (!caller.actsIn(schoolId)) {
			throw ApiException.notFound("journal.school.not-found");
		}
		return grades.periods(schoolId, academicYear);
	}

	/** Records a summary mark, or defers it ({@code value} null, {@code deferredUntil} and a reason given). */
	@Transactional
	public Grades.Grade record(Caller caller, RecordGrade command) {
		ReportingPeriod period = periodOf(caller, command.periodId());
		ClassGroup group = classes.find(command.classGroupId())
			.filter(g -> g.schoolId().equals(period.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.class-group.not-found"));
		LocalDate today = LocalDate.now(clock);
		LocalDate asOf = today.isBefore(period.endDate()) ? today : period.endDate();
		if (!caller.has(Role.TEACHER) || caller.personId() == null
				|| !classes.teaches(caller.person(), command.subjectId(), group.id(), asOf)) {
			throw ApiException.forbidden("journal.mark.not-your-assignment");
		}
		if (!classes.enrolledOn(group.id(), command.studentId(), asOf)) {
			throw ApiException.unprocessable("journal.mark.not-enrolled");
		}
		if (period.closed() && (command.reason() == null || command.reason().isBlank())) {
			throw ApiException.unprocessable("journal.period.closed-needs-reason");
		}
		String value = null;
		Integer points = null;
		if (command.deferredUntil() != null) {
			if (command.value() != null || command.deferralReason() == null || command.deferralReason().isBlank()) {
				throw ApiException.badRequest("journal.grade.deferral-needs-reason");
			}
			if (!command.deferredUntil().isAfter(period.endDate())) {
				throw ApiException.badRequest("journal.grade.deferral-after-period");
			}
		}
		else {
			MarkValue parsed = MarkValue.parse(command.value())
				.filter(v -> scales.of(period.schoolId()).contains(v.scale()))
				.orElseThrow(() -> ApiException.badRequest("journal.mark.bad-value", command.value()));
			value = parsed.text();
			points = parsed.points();
		}
		boolean onTime = !today.isAfter(period.endDate().plusDays(policies.of(period.schoolId()).periodMarkDays()));
		Grades.Grade grade = grades.save(new Grades.Grade(UUID.randomUUID(), period.id(), period.schoolId(), group.id(),
				command.subjectId(), command.studentId(), command.kind().name(), value, points, command.deferredUntil(),
				command.deferralReason(), caller.person(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), onTime,
				command.comment(), 0), command.reason());
		events.publishEvent(new PeriodEvents.GradeRecorded(grade, period, classes.subject(command.subjectId()).orElseThrow().name()));
		return grade;
	}

	/** The class summary sheet of final marks (J7) for the class's teachers and the school's administration. */
	@Transactional(readOnly = true)
	public List<Grades.SheetCell> summarySheet(Caller caller, UUID classGroupId, String academicYear) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.class-group.not-found"));
		if (!caller.has(Role.SCHOOL_ADMIN) && !caller.has(Role.DEPUTY_HEAD) && !classes.leads(caller, group.id())) {
			throw ApiException.forbidden("journal.summary-sheet.forbidden");
		}
		List<Grades.SheetCell> sheet = grades.summarySheet(group.id(), academicYear);
		sheet.stream().map(Grades.SheetCell::studentId).distinct().forEach(s -> audit.read(caller, s, "summary-sheet"));
		return sheet;
	}

	/** A period of the school, for others that refer to one (the assessment plan). */
	@Transactional(readOnly = true)
	public java.util.Optional<ReportingPeriod> periodOfSchool(UUID schoolId, UUID periodId) {
		return grades.period(periodId).filter(p -> p.schoolId().equals(schoolId));
	}

	/** The closed reporting period the day falls in, if any: entries there need a reason. */
	@Transactional(readOnly = true)
	public java.util.Optional<ReportingPeriod> closedPeriodOn(UUID schoolId, LocalDate day) {
		return grades.closedOn(schoolId, day);
	}

	private ReportingPeriod periodOf(Caller caller, UUID periodId) {
		return grades.period(periodId)
			.filter(p -> caller.actsIn(p.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.period.not-found"));
	}

	private static void requireAdmin(Caller caller, UUID schoolId) {
		if (!caller.actsIn(schoolId)) {
			throw ApiException.notFound("journal.school.not-found");
		}
		if (!caller.has(Role.SCHOOL_ADMIN)) {
			throw ApiException.forbidden("journal.school-admin-only");
		}
	}

	public record RecordGrade(UUID periodId, UUID classGroupId, UUID subjectId, UUID studentId, GradeKind kind,
			@Nullable String value, @Nullable LocalDate deferredUntil, @Nullable String deferralReason,
			@Nullable String comment, @Nullable String reason) {
	}
}
