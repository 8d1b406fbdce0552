package org.ejd.diary.statements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.diary.achievements.DiaryAchievements;
import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.family.Family;
import org.ejd.diary.grades.DiaryGrades;
import org.ejd.diary.lessons.DiaryLessons;
import org.ejd.diary.marks.DiaryMarks;
import org.ejd.diary.marks.MarksBySubject;
import org.ejd.diary.marks.Periods;
import org.ejd.contracts.journal.WeightedAverage;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.DaySpan;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a student's statement for a span of days from the read model; access is checked by the caller. */
@Service
public class Statements {

	private final Family family;

	private final DiaryMarks marks;

	private final DiaryLessons lessons;

	private final DiaryGrades grades;

	private final MarksBySubject subjects;

	private final DiaryAccess access;

	private final Periods periods;

	private final DiaryAchievements achievements;

	private final JdbcClient jdbc;

	Statements(Family family, DiaryMarks marks, DiaryLessons lessons, DiaryGrades grades, MarksBySubject subjects,
			DiaryAccess access, Periods periods, DiaryAchievements achievements, JdbcClient jdbc) {
		this.achievements = achievements;
		this.periods = periods;
		this.jdbc = jdbc;
		this.family = family;
		this.marks = marks;
		this.lessons = lessons;
		this.grades = grades;
		this.subjects = subjects;
		this.access = access;
	}

	/** The span asked for: a period, or from–to, or by default the last full week (Monday–Sunday) of the school. */
	public DaySpan span(UUID studentId, @Nullable UUID periodId, @Nullable LocalDate from, @Nullable LocalDate to) {
		if (periodId != null) {
			Periods.Period period = subjects.period(studentId, periodId);
			return DaySpan.of(period.startDate(), period.endDate(), "diary.period.bad");
		}
		if (from != null || to != null) {
			LocalDate end = to != null ? to : access.today(studentId);
			return DaySpan.of(from != null ? from : end.minusDays(6), end, "diary.period.bad");
		}
		return lastFullWeek(access.today(studentId));
	}

	public static DaySpan lastFullWeek(LocalDate today) {
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		return DaySpan.of(monday, monday.plusDays(6), "diary.period.bad");
	}

	@Transactional(readOnly = true)
	public Statement of(UUID studentId, DaySpan span, LocalDate issuedOn) {
		Family.StudentCard student = family.student(studentId).stream().findFirst()
			.orElseThrow(() -> Refusal.unknown("diary.student.not-found"));
		Map<String, List<DiaryMarks.DiaryMark>> bySubject = new LinkedHashMap<>();
		marks.ofStudent(studentId, span.from(), span.to()).stream()
			.sorted(java.util.Comparator.comparing(DiaryMarks.DiaryMark::subjectName).thenComparing(DiaryMarks.DiaryMark::workDate))
			.forEach(m -> bySubject.computeIfAbsent(m.subjectName(), n -> new ArrayList<>()).add(m));
		List<Statement.SubjectLine> subjectLines = new ArrayList<>();
		bySubject.forEach((name, list) -> subjectLines.add(new Statement.SubjectLine(name,
				list.stream().map(m -> new Statement.MarkLine(m.workDate(), m.value(), m.workType())).toList(),
				WeightedAverage.of(list.stream().map(m -> new WeightedAverage.Countable(m.value(), m.scale(), m.weight(), m.counted()))
					.toList()).orElse(null))));
		List<DiaryLessons.AttendanceView> misses = lessons.attendanceOf(studentId, span.from(), span.to());
		Statement.Attendance attendance = new Statement.Attendance(
				(int) misses.stream().filter(a -> !"late".equals(a.status())).count(),
				(int) misses.stream().filter(a -> "excused".equals(a.status())).count(),
				(int) misses.stream().filter(a -> "ill".equals(a.status())).count(),
				(int) misses.stream().filter(a -> "late".equals(a.status())).count(),
				misses.stream().map(a -> new Statement.Miss(a.date(), a.subjectName(), a.status())).toList());
		List<DiaryLessons.LessonView> lessonViews = lessons.lessonsOf(studentId, span.from(), span.to());
		List<Statement.HomeworkLine> homework = lessonViews.stream()
			.filter(l -> l.homework() != null && !l.homework().isBlank())
			.map(l -> new Statement.HomeworkLine(l.date(), l.subjectName(), l.homework(), l.homeworkDue())).toList();
		List<String> classGroups = jdbc.sql("""
				select distinct class_group_name from enrolment where student_id = ? and valid_from <= ?
				  and (valid_to is null or valid_to >= ?) order by class_group_name""")
			.params(studentId, span.to(), span.from()).query(String.class).list();
		// the period, year and final marks of the academic years the span falls in
		java.util.Set<String> years = new java.util.HashSet<>(periods.overlapping(student.schoolId(), span.from(), span.to()).stream()
			.map(Periods.Period::academicYear).toList());
		List<Statement.PeriodMarkLine> periodMarks = grades.of(studentId, null).stream()
			.filter(g -> years.contains(g.academicYear()))
			.map(g -> new Statement.PeriodMarkLine(g.periodName(), g.subjectName(), g.kind(), g.value(), g.deferredUntil())).toList();
		return new Statement(family.schoolName(student.schoolId()).orElse(null), studentId,
				fullName(student), classGroups, span.from(), span.to(), issuedOn, subjectLines, attendance, homework,
				periodMarks, achievements.of(studentId, span.from(), span.to()).stream()
					.map(a -> new Statement.AchievementLine(a.awardedOn(), a.title(), a.describedInRussian(), a.subjectName(), a.issuer()))
					.toList());
	}

	/** «Фамилия Имя Отчество», without a missing part. */
	public static String fullName(Family.StudentCard student) {
		return java.util.stream.Stream.of(student.lastName(), student.firstName(), student.middleName())
			.filter(p -> p != null && !p.isBlank()).collect(java.util.stream.Collectors.joining(" "));
	}
}
