package org.ejd.journal.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.directory.Directory;
import org.ejd.journal.periods.ReportingPeriods;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * School and city events (D6), the assessment plan of tests (D5) and teachers' recommendations
 * (D7): written here, published for the diary.
 */
@Service
public class SchoolCalendar {

	private final JdbcClient jdbc;

	private final ClassBook classes;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final ReportingPeriods periods;

	private final SchoolRoles roles;

	private final SchoolTime time;

	SchoolCalendar(JdbcClient jdbc, ClassBook classes, Directory directory, ApplicationEventPublisher events,
			ReportingPeriods periods, SchoolRoles roles, SchoolTime time) {
		this.jdbc = jdbc;
		this.classes = classes;
		this.directory = directory;
		this.events = events;
		this.periods = periods;
		this.roles = roles;
		this.time = time;
	}

	/** A school admin publishes an event of their school; a region operator a city event to many schools at once. */
	@Transactional
	public List<UUID> publishEvent(Caller caller, List<UUID> schoolIds, String title, @Nullable String description,
			LocalDate startsOn, LocalDate endsOn, @Nullable String place) {
		boolean region = caller.has(Role.REGION_OPERATOR);
		for (UUID school : schoolIds) {
			if (!region && !roles.isSchoolAdmin(caller, school)) {
				throw Refusal.notAllowed(SchoolRoles.ADMIN_ONLY);
			}
			if (region && !directory.knowsSchool(school)) {
				throw Refusal.againstRule("journal.school.unknown", school);
			}
			if (region && !directory.regionOfSchool(school).filter(caller::serves).isPresent()) {
				throw Refusal.notAllowed("journal.school.other-region", school);
			}
		}
		if (endsOn.isBefore(startsOn)) {
			throw Refusal.invalid("journal.dates.reversed");
		}
		List<UUID> ids = new ArrayList<>();
		for (UUID school : schoolIds) {
			UUID id = UUID.randomUUID();
			String scope = region ? "city" : "school";
			jdbc.sql("""
					insert into school_event (id, school_id, title, description, starts_on, ends_on, place, scope, published_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, school, title, description, startsOn, endsOn, place, scope, caller.person()).update();
			events.publishEvent(new CalendarEvents.SchoolEventPublished(UUID.randomUUID(), time.now(), id, school, title,
					description, startsOn, endsOn, place, scope));
			ids.add(id);
		}
		return ids;
	}

	/** A teacher plans a test for their class and subject (or the school admin does). */
	@Transactional
	public UUID planAssessment(Caller caller, UUID classGroupId, UUID subjectId, LocalDate date, String title,
			@Nullable UUID periodId) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		boolean teacher = caller.personId() != null && classes.teaches(caller.person(), subjectId, group.id(), date);
		if (!teacher && !roles.isSchoolAdmin(caller, group.schoolId())) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		ClassBook.Subject subject = classes.subject(subjectId).filter(s -> s.schoolId().equals(group.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.subject.not-found"));
		if (date.isBefore(time.today(group.schoolId()))) {
			throw Refusal.invalid("journal.assessment.past-date");
		}
		if (periodId != null && periods.periodOfSchool(group.schoolId(), periodId).filter(p -> p.contains(date)).isEmpty()) {
			throw Refusal.invalid("journal.assessment.outside-period");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into assessment (id, school_id, class_group_id, subject_id, assessment_date, title, period_id)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, group.schoolId(), group.id(), subjectId, date, title, periodId).update();
		events.publishEvent(new CalendarEvents.AssessmentPlanned(UUID.randomUUID(), time.now(), id, group.schoolId(), group.id(),
				subjectId, subject.name(), date, title));
		return id;
	}

	/** A teacher's recommendation to a student they teach (D7). */
	@Transactional
	public UUID recommend(Caller caller, UUID classGroupId, UUID subjectId, UUID studentId, String text) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		LocalDate today = time.today(group.schoolId());
		if (!caller.has(Role.TEACHER) || caller.personId() == null || !classes.teaches(caller.person(), subjectId, group.id(), today)) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		if (!classes.enrolledOn(group.id(), studentId, today)) {
			throw Refusal.againstRule("journal.mark.not-enrolled");
		}
		UUID id = UUID.randomUUID();
		Instant now = time.now();
		// given_on, the school's day it was given on, dates it for a closed year (V50)
		jdbc.sql("""
				insert into recommendation (id, school_id, student_id, subject_id, teacher_id, text, given_at, given_on)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, group.schoolId(), studentId, subjectId, caller.person(), text, Timestamp.from(now), today).update();
		events.publishEvent(new CalendarEvents.RecommendationGiven(UUID.randomUUID(), now, id, group.schoolId(), studentId,
				subjectId, classes.subject(subjectId).orElseThrow().name(), caller.person(), text));
		return id;
	}
}
