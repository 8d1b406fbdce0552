package org.ejd.journal.periods;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school admin divides the academic year into reporting periods (J6) and closes each when its marks are final. */
@Service
public class ReportingPeriods {

	private final Periods periods;

	private final SchoolRoles roles;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	ReportingPeriods(Periods periods, SchoolRoles roles, ApplicationEventPublisher events, SchoolTime time) {
		this.periods = periods;
		this.roles = roles;
		this.events = events;
		this.time = time;
	}

	@Transactional
	public ReportingPeriod define(Caller caller, UUID schoolId, String academicYear, String name, ReportingPeriod.Kind kind,
			LocalDate start, LocalDate end) {
		roles.requireSchoolAdmin(caller, schoolId);
		if (end.isBefore(start)) {
			throw Refusal.invalid("journal.dates.reversed");
		}
		int firstYear = Integer.parseInt(academicYear.substring(0, 4));
		if (Integer.parseInt(academicYear.substring(5)) != firstYear + 1 || start.isBefore(LocalDate.of(firstYear, 8, 1))
				|| end.isAfter(LocalDate.of(firstYear + 1, 8, 31))) {
			throw Refusal.invalid("journal.period.outside-year", academicYear);
		}
		if (periods.overlaps(schoolId, kind, start, end)) {
			throw Refusal.conflict("journal.period.overlaps");
		}
		ReportingPeriod period = new ReportingPeriod(UUID.randomUUID(), schoolId, academicYear, name, kind, start, end, null);
		periods.insert(period);
		events.publishEvent(new PeriodDefined(period, 1, time.now()));
		return period;
	}

	@Transactional
	public ReportingPeriod close(Caller caller, UUID periodId) {
		ReportingPeriod period = periodOf(caller, periodId);
		roles.requireSchoolAdmin(caller, period.schoolId());
		if (period.closed()) {
			throw Refusal.conflict("journal.period.already-closed");
		}
		periods.close(periodId, caller.person(), time.now());
		ReportingPeriod closed = periods.find(periodId).orElseThrow();
		events.publishEvent(new PeriodDefined(closed, 2, time.now()));
		return closed;
	}

	@Transactional(readOnly = true)
	public List<ReportingPeriod> ofYear(Caller caller, UUID schoolId, String academicYear) {
		if (!roles.isStaff(caller, schoolId)) { // staff only: families read their student's school data in the diary
			throw Refusal.unknown("journal.school.not-found");
		}
		return periods.ofYear(schoolId, academicYear);
	}

	/** A period of a school the caller acts in, for a use case that refers to one (a grade). */
	@Transactional(readOnly = true)
	public ReportingPeriod periodOf(Caller caller, UUID periodId) {
		return periods.find(periodId)
			.filter(p -> caller.actsIn(p.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.period.not-found"));
	}

	/** A period of the school, for others that refer to one (the assessment plan). */
	@Transactional(readOnly = true)
	public Optional<ReportingPeriod> periodOfSchool(UUID schoolId, UUID periodId) {
		return periods.find(periodId).filter(p -> p.schoolId().equals(schoolId));
	}
}
