package org.ejd.identity.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.ejd.identity.applications.domain.AccessApplication;
import org.ejd.identity.applications.domain.WorkingCalendar;
import org.ejd.platform.time.BusinessClock;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A4: the school is warned on the working day before an open application's deadline
 * ({@code identity.application.overdue-soon}) and told once it has passed ({@code .overdue}), each once,
 * by the school's own calendar and date. Several instances share the work: rows are locked, others skip them.
 */
@Component
public class DeadlineReminders {

	/** The most eastern offset in use: no school's "today" is later than today there. */
	private static final ZoneOffset EASTMOST = ZoneOffset.ofHours(14);

	/** The longest run of days off (the New Year holidays) plus a margin: a deadline further away needs no warning yet. */
	private static final int HORIZON_DAYS = 14;

	private static final int BATCH = 500;

	private final AccessApplications applications;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineReminders(AccessApplications applications, WorkingCalendar calendar, ApplicationEventPublisher events,
			TransactionTemplate transactions, @BusinessClock Clock clock) {
		this.applications = applications;
		this.calendar = calendar;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ejd.identity.applications.reminder-interval:10m}", initialDelayString = "PT5S")
	void tick() {
		remind();
	}

	/** One round; @return how many reminders it published. */
	public int remind() {
		Integer told = transactions.execute(status -> {
			Instant now = clock.instant();
			LocalDate horizon = LocalDate.ofInstant(now, EASTMOST).plusDays(HORIZON_DAYS);
			int count = 0;
			for (AccessApplications.Remindable candidate : applications.remindable(horizon, BATCH)) {
				AccessApplications.Row row = candidate.row();
				AccessApplication a = row.application();
				LocalDate today = LocalDate.ofInstant(now, SchoolTime.zoneOf(row.timeZone()));
				boolean passed = today.isAfter(a.deadline());
				boolean dueNext = !passed && !calendar.plusWorkingDays(today, 1).isBefore(a.deadline());
				if (passed || (dueNext && !candidate.warned())) {
					long version = applications.reminded(a.id(), passed, now);
					events.publishEvent(ApplicationEvents.deadline(now, passed, a.id(), a.personId(), a.schoolId(), a.deadline(), version));
					count++;
				}
			}
			return count;
		});
		return told == null ? 0 : told;
	}
}
