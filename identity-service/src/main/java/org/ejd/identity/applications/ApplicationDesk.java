package org.ejd.identity.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.BusinessClock;
import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.accounts.Accounts;
import org.ejd.identity.applications.domain.AccessApplication;
import org.ejd.identity.applications.domain.AccessApplication.Applicant;
import org.ejd.identity.applications.domain.ApplicantContacts;
import org.ejd.identity.applications.domain.AccessApplication.Channel;
import org.ejd.identity.applications.domain.PortalAge;
import org.ejd.identity.applications.domain.WorkingCalendar;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.identity.schools.School;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.identity.regions.PortalRegions;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school desk and the regional portals register access applications of guardians and students
 * (A2); each is due within the configured working days (A4: 5) on the Russian working-day calendar,
 * counted in the school's time zone. The school answers with an access code or refuses with a reason.
 */
@Service
public class ApplicationDesk {

	/** The most eastern offset in use: no school's "today" is later than today there. */
	private static final ZoneOffset EASTMOST = ZoneOffset.ofHours(14);

	private final AccessApplications applications;

	private final People people;

	private final Schools schools;

	private final Accounts accounts;

	private final WorkingCalendar calendar;

	private final ApplicationProperties properties;

	private final SchoolAccess access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PortalRegions portals;

	private final PersonalDataAudit audit;

	ApplicationDesk(AccessApplications applications, People people, Schools schools, Accounts accounts,
			WorkingCalendar calendar, ApplicationProperties properties, SchoolAccess access, @BusinessClock Clock clock,
			ApplicationEventPublisher events, PortalRegions portals, PersonalDataAudit audit) {
		this.audit = audit;
		this.events = events;
		this.portals = portals;
		this.applications = applications;
		this.people = people;
		this.schools = schools;
		this.accounts = accounts;
		this.calendar = calendar;
		this.properties = properties;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Registers an application of a guardian or student: at the desk by their school's admin (or an
	 * operator of the school's region), or by a portal with its client credentials. A portal never
	 * applies for a student under 14 (A6). Only a portal passes the applicant's contacts (seed 000, C3), and only
	 * an adult's: they go to consent-service to be verified.
	 */
	@Transactional
	public Entry submit(Caller caller, UUID personId, ApplicantContacts contacts) {
		Channel channel;
		if (caller.has(Role.PORTAL) && caller.personId() == null) {
			channel = Channel.PORTAL;
		}
		else if (caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.REGION_OPERATOR)) {
			channel = Channel.DESK;
		}
		else {
			throw Refusal.notAllowed("identity.application.desk-or-portal-only");
		}
		// a portal serves the whole region; a desk only its own school's people: others look unknown
		Person person = people.find(personId)
			.filter(p -> p.schoolId() != null && (channel == Channel.PORTAL || access.manages(caller, p.schoolId())))
			.orElseThrow(() -> Refusal.unknown("identity.person.not-found"));
		Applicant applicant = switch (person.kind()) {
			case GUARDIAN -> Applicant.GUARDIAN;
			case STUDENT -> Applicant.STUDENT;
			case STAFF -> throw Refusal.againstRule("identity.application.not-applicant");
		};
		School school = schools.find(person.schoolId()).orElseThrow(() -> Refusal.unknown("identity.person.not-found"));
		// a portal serves the regions it is bound to (issues 12, 15): people of other regions look unknown to it
		if (channel == Channel.PORTAL && !portals.serves(caller.clientId(), school.regionCode())) {
			throw Refusal.unknown("identity.person.not-found");
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, SchoolTime.zoneOf(school.timeZone()));
		if (channel == Channel.PORTAL && applicant == Applicant.STUDENT && !PortalAge.mayUsePortal(person.birthDate(), today)) {
			throw Refusal.againstRule("identity.application.portal-under-14");
		}
		if (contacts.any() && channel != Channel.PORTAL) {
			throw Refusal.againstRule("identity.application.contacts-portal-only");
		}
		if (contacts.any() && applicant == Applicant.STUDENT && !ApplicantContacts.adultOn(person.birthDate(), today)) {
			throw Refusal.againstRule("identity.application.contacts-minor");
		}
		if (accounts.exists(personId)) {
			throw Refusal.conflict("identity.account.exists");
		}
		if (applications.openExists(personId)) {
			throw Refusal.conflict("identity.application.open-exists");
		}
		AccessApplication application = new AccessApplication(UUID.randomUUID(), personId, school.id(), applicant, channel,
				caller.subject(), caller.clientId(), now, today, calendar.plusWorkingDays(today, properties.deadlineWorkingDays()),
				AccessApplication.Status.OPEN, null, null, null, 1);
		applications.insert(application);
		events.publishEvent(ApplicationEvents.received(now, application.id(), personId, school.id(),
				channel.name().toLowerCase(java.util.Locale.ROOT), today, application.deadline(), false, application.version()));
		if (contacts.any()) {
			events.publishEvent(ApplicationEvents.contactsGiven(now, application.id(), personId, school.id(), contacts,
					application.version()));
		}
		return entry(new AccessApplications.Row(application, person.lastName(), person.firstName(), person.middleName(),
				school.name(), school.timeZone(), school.regionCode()));
	}

	@Transactional(readOnly = true)
	public Entry get(Caller caller, UUID applicationId) {
		Entry entry = entry(visible(caller, applicationId));
		audit.read(caller, entry.application().personId(), "application");
		return entry;
	}

	/** The school refuses an open application; the reason is what the applicant is told. */
	@Transactional
	public Entry refuse(Caller caller, UUID applicationId, String reason) {
		AccessApplications.Row row = forDesk(caller, applicationId);
		if (row.application().status() != AccessApplication.Status.OPEN) {
			throw Refusal.conflict("identity.application.not-open");
		}
		Instant now = clock.instant();
		long version = applications.refuse(applicationId, reason, caller.subject(), now);
		events.publishEvent(ApplicationEvents.refused(now, applicationId, row.application().personId(), row.application().schoolId(),
				reason, version));
		return entry(applications.find(applicationId).orElseThrow());
	}

	/** A school's applications, optionally only those of one status as {@link AccessApplication#statusOn} names it. */
	@Transactional(readOnly = true)
	public List<Entry> ofSchool(Caller caller, UUID schoolId, @Nullable String status) {
		access.requireManager(caller, schoolId);
		if (!schools.exists(schoolId)) {
			throw Refusal.unknown("identity.school.not-found");
		}
		List<Entry> entries = applications.ofSchool(schoolId).stream().map(this::entry)
			.filter(e -> status == null || e.status().equals(status))
			.toList();
		audit.readAll(caller, entries.stream().map(e -> e.application().personId()).toList(), "applications");
		return entries;
	}

	/**
	 * Overdue applications per school (A4): a school admin sees their schools, a region operator
	 * every school of its regions; either of them, or just the one school named if they manage it.
	 */
	@Transactional(readOnly = true)
	public List<SchoolOverdue> overdue(Caller caller, @Nullable UUID schoolId) {
		if (!caller.has(Role.REGION_OPERATOR) && !caller.has(Role.SCHOOL_ADMIN)) {
			throw Refusal.notAllowed("identity.application.report-forbidden");
		}
		LocalDate latestToday = LocalDate.now(clock.withZone(EASTMOST));
		List<AccessApplications.Row> due;
		if (schoolId != null) {
			access.requireManager(caller, schoolId);
			due = applications.openDueBefore(latestToday, List.of(schoolId));
		}
		else if (caller.has(Role.REGION_OPERATOR)) {
			due = applications.openDueInRegionsBefore(latestToday, caller.regionCodes());
		}
		else {
			due = applications.openDueBefore(latestToday, caller.schoolIds());
		}
		Map<UUID, SchoolOverdue> bySchool = new LinkedHashMap<>();
		for (AccessApplications.Row row : due) {
			Entry entry = entry(row);
			if (entry.overdue()) {
				bySchool.computeIfAbsent(row.application().schoolId(),
						id -> new SchoolOverdue(id, row.schoolName(), entry.asOf(), new ArrayList<>())).applications().add(entry);
			}
		}
		audit.readAll(caller, bySchool.values().stream().flatMap(s -> s.applications().stream())
			.map(e -> e.application().personId()).toList(), "overdue-applications");
		return List.copyOf(bySchool.values());
	}

	/** The application if the caller may see it: its school's admin, an operator of its region, or the portal that filed it. */
	public AccessApplications.Row visible(Caller caller, UUID applicationId) {
		return applications.find(applicationId).filter(row -> maySee(caller, row))
			.orElseThrow(() -> Refusal.unknown("identity.application.not-found"));
	}

	/**
	 * The application, locked, if the caller decides on it at the school desk: 404 if unseen, 403 for
	 * a portal, and for a region operator when the school is in another region (operators are told
	 * why, never whose application it is).
	 */
	public AccessApplications.Row forDesk(Caller caller, UUID applicationId) {
		AccessApplications.Row row = applications.lock(applicationId)
			.orElseThrow(() -> Refusal.unknown("identity.application.not-found"));
		if (!maySee(caller, row)) {
			if (caller.has(Role.REGION_OPERATOR)) {
				throw Refusal.notAllowed("identity.school.other-region", row.regionCode());
			}
			throw Refusal.unknown("identity.application.not-found");
		}
		if (!SchoolAccess.manages(caller, row.application().schoolId(), row.regionCode())) {
			throw Refusal.notAllowed("identity.application.school-desk-only");
		}
		return row;
	}

	/** Today in the application's school. */
	public LocalDate today(AccessApplications.Row row) {
		return LocalDate.now(clock.withZone(SchoolTime.zoneOf(row.timeZone())));
	}

	private static boolean maySee(Caller caller, AccessApplications.Row row) {
		AccessApplication application = row.application();
		if (SchoolAccess.manages(caller, application.schoolId(), row.regionCode())) {
			return true;
		}
		return caller.has(Role.PORTAL) && application.channel() == Channel.PORTAL
				&& application.submittedClient().equals(caller.clientId());
	}

	private Entry entry(AccessApplications.Row row) {
		LocalDate today = today(row);
		AccessApplication a = row.application();
		return new Entry(a, row.lastName(), row.firstName(), row.middleName(), row.schoolName(), today, a.statusOn(today),
				a.isOverdueOn(today), a.isOverdueOn(today) ? calendar.workingDaysAfter(a.deadline(), today) : 0);
	}

	/**
	 * An application as the desk sees it on {@code asOf} (today in its school).
	 * @param workingDaysOverdue working days since the deadline passed, 0 unless overdue
	 */
	public record Entry(AccessApplication application, String lastName, String firstName, @Nullable String middleName,
			String schoolName, LocalDate asOf, String status, boolean overdue, int workingDaysOverdue) {
	}

	public record SchoolOverdue(UUID schoolId, String schoolName, LocalDate asOf, List<Entry> applications) {
	}
}
