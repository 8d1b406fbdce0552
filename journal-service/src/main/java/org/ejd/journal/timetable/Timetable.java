package org.ejd.journal.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Weekly timetable templates and holidays in journal's database. */
@Repository
class Timetable {

	private final JdbcClient jdbc;

	Timetable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ends the slots in force on {@code from} the day before, so a new template takes over from then. */
	void endSlots(UUID classGroupId, LocalDate from) {
		jdbc.sql("delete from timetable_slot where class_group_id = ? and valid_from >= ?").params(classGroupId, from).update();
		jdbc.sql("update timetable_slot set valid_to = ? where class_group_id = ? and (valid_to is null or valid_to >= ?)")
			.params(from.minusDays(1), classGroupId, from).update();
	}

	void insert(Slot slot) {
		jdbc.sql("""
				insert into timetable_slot (id, school_id, class_group_id, subject_id, teacher_id, weekday, period_no, valid_from, valid_to,
				  room)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(slot.id(), slot.schoolId(), slot.classGroupId(), slot.subjectId(), slot.teacherId(), slot.weekday(),
					slot.periodNo(), slot.validFrom(), slot.validTo(), slot.room())
			.update();
	}

	List<Slot> slotsOn(UUID classGroupId, LocalDate date) {
		return jdbc.sql("""
				select id, school_id, class_group_id, subject_id, teacher_id, weekday, period_no, valid_from, valid_to, room
				from timetable_slot where class_group_id = ? and weekday = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
				order by period_no""")
			.params(classGroupId, date.getDayOfWeek().getValue(), date, date).query(Slot.class).list();
	}

	List<Slot> weekOf(UUID classGroupId, LocalDate date) {
		return jdbc.sql("""
				select id, school_id, class_group_id, subject_id, teacher_id, weekday, period_no, valid_from, valid_to, room
				from timetable_slot where class_group_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)
				order by weekday, period_no""")
			.params(classGroupId, date, date).query(Slot.class).list();
	}

	void insertHoliday(UUID id, UUID schoolId, String name, LocalDate start, LocalDate end) {
		jdbc.sql("insert into holiday (id, school_id, name, start_date, end_date) values (?, ?, ?, ?, ?)")
			.params(id, schoolId, name, start, end).update();
	}

	boolean isHoliday(UUID schoolId, LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SUNDAY
				|| jdbc.sql("select count(*) from holiday where school_id = ? and start_date <= ? and end_date >= ?")
					.params(schoolId, date, date).query(Integer.class).single() > 0;
	}

	List<Holiday> holidays(UUID schoolId, LocalDate from, LocalDate to) {
		return jdbc.sql("select id, name, start_date, end_date from holiday where school_id = ? and end_date >= ? and start_date <= ? order by start_date")
			.params(schoolId, from, to).query(Holiday.class).list();
	}

	/** One weekly lesson of a class group: weekday 1 (Monday) to 7; the room its lessons are generated with, if any. */
	record Slot(UUID id, UUID schoolId, UUID classGroupId, UUID subjectId, UUID teacherId, int weekday, int periodNo,
			LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String room) {
	}

	record Holiday(UUID id, @Schema(example = "Осенние каникулы") String name, LocalDate startDate, LocalDate endDate) {
	}
}
