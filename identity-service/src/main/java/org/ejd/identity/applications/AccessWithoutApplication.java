package org.ejd.identity.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.applications.domain.WorkingCalendar;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.BusinessClock;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seed 003: a school may decide that no written application is needed. Then identity opens the application itself for
 * every registered guardian (representing a student) and student of the school without an account, registered on the
 * school's today with the same deadline, reminders and letters as one filed at the desk
 * ({@code identity.application.received} with {@code withoutApplication}); the school answers it with a code as usual.
 * Idempotent: a person who ever had an application or has an account is passed by, and the one open application per
 * person holds between instances.
 */
@Service
public class AccessWithoutApplication {

	private static final int BATCH = 500;

	private final AccessPolicies policies;

	private final Schools schools;

	private final SchoolAccess access;

	private final WorkingCalendar calendar;

	private final ApplicationProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AccessWithoutApplication(AccessPolicies policies, Schools schools, SchoolAccess access, WorkingCalendar calendar,
			ApplicationProperties properties, ApplicationEventPublisher events, TransactionTemplate transactions,
			@BusinessClock Clock clock) {
		this.policies = policies;
		this.schools = schools;
		this.access = access;
		this.calendar = calendar;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The school's admin (or an operator of its region) sets the policy; returns its version. */
	@Transactional
	public long set(Caller caller, UUID schoolId, boolean withoutApplication) {
		access.requireManager(caller, schoolId);
		if (!schools.exists(schoolId)) {
			throw Refusal.unknown("identity.school.not-found");
		}
		return policies.set(schoolId, withoutApplication, clock.instant(), caller.subject());
	}

	@Transactional(readOnly = true)
	public boolean of(Caller caller, UUID schoolId) {
		access.requireManager(caller, schoolId);
		return policies.withoutApplication(schoolId);
	}

	/** Whether anyone may know: the public access information says no application is needed. */
	@Transactional(readOnly = true)
	public boolean withoutApplication(UUID schoolId) {
		return policies.withoutApplication(schoolId);
	}

	@Scheduled(fixedDelayString = "${ejd.identity.applications.policy-interval:10m}", initialDelayString = "PT7S")
	void tick() {
		openOwed();
	}

	/** One round; @return how many applications it opened. */
	public int openOwed() {
		Integer opened = transactions.execute(status -> {
			Instant now = clock.instant();
			int count = 0;
			for (AccessPolicies.Owed owed : policies.owed(BATCH)) {
				LocalDate today = LocalDate.ofInstant(now, SchoolTime.zoneOf(owed.timeZone()));
				LocalDate deadline = calendar.plusWorkingDays(today, properties.deadlineWorkingDays());
				UUID id = UUID.randomUUID();
				if (policies.open(id, owed, now, today, deadline)) {
					events.publishEvent(ApplicationEvents.received(now, id, owed.personId(), owed.schoolId(), "desk", today, deadline, true, 1));
					count++;
				}
			}
			return count;
		});
		return opened == null ? 0 : opened;
	}
}
