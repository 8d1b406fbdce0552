package org.ejd.perf.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * How many of everything a region of the given scale holds, and the calendar it is laid out on. Scale 1.0 is the
 * issue's region: 1 M students in classes of 25, 40 classes (1,000 students) per school, two guardians per student,
 * ten subjects per school taught by four teachers each, six lessons a day on every weekday of the academic year that
 * holds {@code today} (1 September to 31 May, four quarters, the three holidays off), and 50 marks per student spread
 * over the lessons held so far. The same
 * arithmetic decides, in {@link RegionSql}, which rows are written: this class is the count the generator must reach.
 *
 * @param scale 1.0 = a region (1 M students); 0.01 = 10,000 students
 * @param today the school's today: lessons up to it are held (topic, homework, marks), later ones only planned
 */
public record RegionSize(double scale, LocalDate today) {

	public static final int STUDENTS_AT_SCALE_ONE = 1_000_000;

	public static final int CLASS_SIZE = 25;

	public static final int CLASSES_PER_SCHOOL = 40;

	public static final int GUARDIANS_PER_STUDENT = 2;

	public static final int SUBJECTS = 10;

	public static final int TEACHERS_PER_SUBJECT = 4;

	public static final int PERIODS_PER_DAY = 6;

	public static final int MARKS_PER_STUDENT = 50;

	/** One mark in this many is corrected once (a history row in the journal, a change in the diary). */
	public static final int CORRECTED_ONE_IN = 97;

	/** Reporting periods per school and year (quarters). */
	public static final int PERIODS_PER_YEAR = 4;

	public RegionSize {
		if (!(scale > 0) || scale > 10) {
			throw new IllegalArgumentException("scale must be in (0, 10]: " + scale);
		}
	}

	public long students() {
		return Math.max(1, Math.round(STUDENTS_AT_SCALE_ONE * scale));
	}

	public long guardians() {
		return students() * GUARDIANS_PER_STUDENT;
	}

	public long classes() {
		return ceilDiv(students(), CLASS_SIZE);
	}

	public long schools() {
		return ceilDiv(classes(), CLASSES_PER_SCHOOL);
	}

	/** Students of class group {@code g} (0-based): 25, or what is left for the last one. */
	public int classSize(long g) {
		return (int) Math.min(CLASS_SIZE, students() - g * CLASS_SIZE);
	}

	public long subjects() {
		return schools() * SUBJECTS;
	}

	public long teachers() {
		return schools() * SUBJECTS * TEACHERS_PER_SUBJECT;
	}

	/** Every class group has one teacher per subject for the year. */
	public long assignments() {
		return classes() * SUBJECTS;
	}

	public int yearStart() {
		return today.getMonthValue() >= Month.SEPTEMBER.getValue() ? today.getYear() : today.getYear() - 1;
	}

	public String academicYear() {
		return yearStart() + "/" + (yearStart() + 1);
	}

	public LocalDate firstDay() {
		return LocalDate.of(yearStart(), 9, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(yearStart() + 1, 5, 31);
	}

	/** A span of the school calendar: a holiday (каникулы) or a reporting period (четверть). */
	public record Span(String name, LocalDate start, LocalDate end) {

		boolean holds(LocalDate day) {
			return !day.isBefore(start) && !day.isAfter(end);
		}
	}

	/** The usual Russian school holidays between the quarters (autumn, winter, spring). */
	public List<Span> holidays() {
		int y = yearStart();
		return List.of(new Span("Осенние каникулы", LocalDate.of(y, 10, 27), LocalDate.of(y, 11, 4)),
				new Span("Зимние каникулы", LocalDate.of(y, 12, 29), LocalDate.of(y + 1, 1, 11)),
				new Span("Весенние каникулы", LocalDate.of(y + 1, 3, 23), LocalDate.of(y + 1, 3, 31)));
	}

	/** The four quarters of the year, between the holidays. */
	public List<Span> quarters() {
		int y = yearStart();
		return List.of(new Span("I четверть", firstDay(), LocalDate.of(y, 10, 26)),
				new Span("II четверть", LocalDate.of(y, 11, 5), LocalDate.of(y, 12, 28)),
				new Span("III четверть", LocalDate.of(y + 1, 1, 12), LocalDate.of(y + 1, 3, 22)),
				new Span("IV четверть", LocalDate.of(y + 1, 4, 1), lastDay()));
	}

	/** The weekdays of the academic year outside the holidays: the days with lessons. */
	public List<LocalDate> schoolDays() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = firstDay(); !d.isAfter(lastDay()); d = d.plusDays(1)) {
			LocalDate day = d;
			if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
					&& holidays().stream().noneMatch(h -> h.holds(day))) {
				days.add(d);
			}
		}
		return days;
	}

	/** School days up to and including today: their lessons were held. */
	public int pastDays() {
		return (int) schoolDays().stream().filter(d -> !d.isAfter(today)).count();
	}

	public long lessons() {
		return classes() * schoolDays().size() * PERIODS_PER_DAY;
	}

	/** Lessons each class group has held so far: the ones its marks are given at. */
	public int heldLessonsPerClass() {
		return pastDays() * PERIODS_PER_DAY;
	}

	/** 50, or one per held lesson while fewer than 50 were held (the first days of September). */
	public int marksPerStudent() {
		return Math.min(MARKS_PER_STUDENT, heldLessonsPerClass());
	}

	public long marks() {
		return students() * marksPerStudent();
	}

	/**
	 * Whether student {@code j} of a class gets a mark at the class's held lesson {@code n} (0-based, in the order they
	 * were held): the held lessons, turned by the student's place so a class's marks do not all fall on the same
	 * lessons, are cut into 50 equal runs and the student gets a mark at the first lesson of each. Exactly
	 * {@link #marksPerStudent()} per student; {@link RegionSql} writes the same condition in SQL.
	 */
	public boolean marked(long n, long j) {
		long held = heldLessonsPerClass();
		long r = (n + 7 * j) % held;
		return (MARKS_PER_STUDENT * r) % held < MARKS_PER_STUDENT;
	}

	/** Whether the mark of student {@code i} (region-wide) at held lesson {@code n} was corrected once. */
	public static boolean corrected(long i, long n) {
		return (i + n) % CORRECTED_ONE_IN == 0;
	}

	static long ceilDiv(long a, long b) {
		return (a + b - 1) / b;
	}
}
