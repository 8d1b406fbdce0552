package org.ejd.journal.timetable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.calendar.CalendarEvents;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.lessons.LessonScheduling;
import org.ejd.journal.lessons.Room;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.refusal.Refusal.FieldError;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's timetable (D3): a weekly template per class group, holidays, and the lessons the
 * template generates for a span of days (skipping Sundays and holidays, never doubling a lesson).
 */
@Service
public class TimetableOffice {

	/** About a school term: a longer span is almost surely a mistake. */
	static final int MAX_GENERATED_DAYS = 120;

	private final Timetable timetable;

	private final ClassBook classes;

	private final LessonScheduling lessons;

	private final SchoolRoles roles;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	TimetableOffice(Timetable timetable, ClassBook classes, LessonScheduling lessons, SchoolRoles roles,
			ApplicationEventPublisher events, SchoolTime time) {
		this.timetable = timetable;
		this.classes = classes;
		this.lessons = lessons;
		this.roles = roles;
		this.events = events;
		this.time = time;
	}

	/** Replaces the class group's weekly template from a date; every teacher must teach that subject there then. */
	@Transactional
	public List<Timetable.Slot> setWeek(Caller caller, UUID classGroupId, LocalDate validFrom, @Nullable LocalDate validTo,
			List<Entry> entries) {
		ClassGroup group = administered(caller, classGroupId);
		if (validTo != null && validTo.isBefore(validFrom)) {
			throw Refusal.invalid("journal.dates.reversed");
		}
		List<FieldError> badRooms = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			String room = entries.get(i).room();
			if (room != null && Room.tooLong(room)) {
				badRooms.add(new FieldError("entries[" + i + "].room", "journal.room.too-long", Room.MAX_LENGTH));
			}
		}
		if (!badRooms.isEmpty()) { // a value out of its form: 400, as for a lesson's room
			throw Refusal.rejectedItems(Refusal.Kind.INVALID, "journal.timetable.rejected", badRooms);
		}
		List<FieldError> errors = new ArrayList<>();
		Set<String> slots = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			if (!slots.add(e.weekday() + "/" + e.periodNo())) {
				errors.add(new FieldError("entries[" + i + "]", "journal.timetable.slot-twice"));
			}
			if (classes.subject(e.subjectId()).filter(s -> s.schoolId().equals(group.schoolId())).isEmpty()) {
				errors.add(new FieldError("entries[" + i + "].subjectId", "journal.subject.not-found"));
			}
			else if (!classes.teaches(e.teacherId(), e.subjectId(), group.id(), validFrom)) {
				errors.add(new FieldError("entries[" + i + "].teacherId", "journal.timetable.not-assigned"));
			}
		}
		if (!errors.isEmpty()) {
			throw Refusal.rejectedItems("journal.timetable.rejected", errors);
		}
		timetable.endSlots(group.id(), validFrom);
		for (Entry e : entries) {
			timetable.insert(new Timetable.Slot(UUID.randomUUID(), group.schoolId(), group.id(), e.subjectId(), e.teacherId(),
					e.weekday(), e.periodNo(), validFrom, validTo, Room.of(e.room())));
		}
		return timetable.weekOf(group.id(), validFrom);
	}

	@Transactional(readOnly = true)
	public List<Timetable.Slot> week(Caller caller, UUID classGroupId, LocalDate date) {
		// the school's staff plan lessons by it; families read their own student's week in the diary
		classes.find(classGroupId).filter(g -> roles.isStaff(caller, g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		return timetable.weekOf(classGroupId, date);
	}

	/** Creates the lessons of the template for the days given; returns how many new lessons there are. */
	@Transactional
	public int generate(Caller caller, UUID classGroupId, LocalDate from, LocalDate to) {
		ClassGroup group = administered(caller, classGroupId);
		if (to.isBefore(from) || from.plusDays(MAX_GENERATED_DAYS).isBefore(to)) {
			throw Refusal.invalid("journal.timetable.bad-span", MAX_GENERATED_DAYS);
		}
		int created = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (timetable.isHoliday(group.schoolId(), day)) {
				continue;
			}
			for (Timetable.Slot slot : timetable.slotsOn(group.id(), day)) {
				if (lessons.schedule(group.schoolId(), group.id(), slot.subjectId(), slot.teacherId(), day, slot.periodNo(),
						slot.room())) {
					created++;
				}
			}
		}
		return created;
	}

	@Transactional
	public Timetable.Holiday addHoliday(Caller caller, UUID schoolId, String name, LocalDate start, LocalDate end) {
		roles.requireSchoolAdmin(caller, schoolId);
		if (end.isBefore(start) || start.plusDays(120).isBefore(end)) {
			throw Refusal.invalid("journal.holiday.bad-dates");
		}
		UUID id = UUID.randomUUID();
		timetable.insertHoliday(id, schoolId, name, start, end);
		events.publishEvent(new CalendarEvents.HolidayDefined(UUID.randomUUID(), time.now(), id, schoolId, name, start, end));
		return new Timetable.Holiday(id, name, start, end);
	}

	@Transactional(readOnly = true)
	public List<Timetable.Holiday> holidays(Caller caller, UUID schoolId, LocalDate from, LocalDate to) {
		if (!roles.isStaff(caller, schoolId)) { // staff only: families read their student's school data in the diary
			throw Refusal.unknown("journal.school.not-found");
		}
		return timetable.holidays(schoolId, from, to);
	}

	private ClassGroup administered(Caller caller, UUID classGroupId) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		roles.requireAdministration(caller, group.schoolId());
		return group;
	}

	/** One weekly lesson: weekday 1 (Monday) to 6 (Saturday), period 1 to 12, and where it is held (optional). */
	public record Entry(int weekday, int periodNo, UUID subjectId, UUID teacherId, @Nullable String room) {
	}
}
