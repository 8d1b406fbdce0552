package org.ejd.diary.marks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.family.Family;
import org.ejd.diary.grades.DiaryGrades;
import org.ejd.contracts.journal.WeightedAverage;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's marks by subject for a reporting period (D1): every mark with its corrections and
 * deletions (J11), the weighted average (docs/adr/0008), and the period, year, exam and final marks.
 */
@Service
public class MarksBySubject {

	private final DiaryMarks marks;

	private final Periods periods;

	private final DiaryGrades grades;

	private final Family family;

	private final DiaryAccess access;

	MarksBySubject(DiaryMarks marks, Periods periods, DiaryGrades grades, Family family, DiaryAccess access) {
		this.marks = marks;
		this.periods = periods;
		this.grades = grades;
		this.family = family;
		this.access = access;
	}

	/** The student's school; 404 for a student the diary does not know. */
	public UUID schoolOf(UUID studentId) {
		return family.student(studentId).stream().findFirst().map(Family.StudentCard::schoolId)
			.orElseThrow(() -> Refusal.unknown("diary.student.not-found"));
	}

	/** The period asked for, or the one holding the student's today. */
	public Periods.Period period(UUID studentId, @Nullable UUID periodId) {
		return periods.resolve(schoolOf(studentId), periodId, access.today(studentId));
	}

	@Transactional(readOnly = true)
	public SubjectsView of(UUID studentId, Periods.Period period) {
		Map<UUID, List<DiaryMarks.MarkChange>> changes = marks.changesOf(studentId).stream()
			.collect(Collectors.groupingBy(DiaryMarks.MarkChange::markId));
		Map<String, List<DiaryMarks.ShownMark>> bySubject = new LinkedHashMap<>();
		for (DiaryMarks.ShownMark mark : marks.withDeletedOf(studentId, period.startDate(), period.endDate())) {
			bySubject.computeIfAbsent(mark.subjectName(), name -> new ArrayList<>()).add(mark);
		}
		Map<String, List<DiaryGrades.GradeView>> gradesBySubject = grades.of(studentId, period.academicYear()).stream()
			.filter(g -> g.periodId().equals(period.id()) || !"period".equals(g.kind()))
			.collect(Collectors.groupingBy(DiaryGrades.GradeView::subjectName, LinkedHashMap::new, Collectors.toList()));
		gradesBySubject.keySet().forEach(name -> bySubject.computeIfAbsent(name, n -> new ArrayList<>()));
		List<SubjectMarks> subjects = new ArrayList<>();
		bySubject.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			List<DiaryMarks.ShownMark> shown = entry.getValue();
			List<MarkLine> lines = shown.stream().map(m -> new MarkLine(m.markId(), m.value(), m.scale(), m.workType(), m.weight(),
					m.workDate(), m.enteredAt(), m.comment(), m.counted() && !m.deleted(), m.deleted(),
					changes.getOrDefault(m.markId(), List.of()).stream()
						.map(c -> new Change(c.kind(), c.oldValue(), c.newValue(), c.changedAt(), c.reason())).toList()))
				.toList();
			subjects.add(new SubjectMarks(shown.isEmpty() ? null : shown.getFirst().subjectId(), entry.getKey(),
					average(shown).orElse(null), lines, gradesBySubject.getOrDefault(entry.getKey(), List.of())));
		});
		return new SubjectsView(period, subjects);
	}

	/** The weighted average of the marks shown, deleted ones left out. */
	public static java.util.Optional<BigDecimal> average(List<DiaryMarks.ShownMark> shown) {
		return WeightedAverage.of(shown.stream().filter(m -> !m.deleted())
			.map(m -> new WeightedAverage.Countable(m.value(), m.scale(), m.weight(), m.counted())).toList());
	}

	/**
	 * The student's own weighted average per subject at the end of every week of the academic year
	 * up to today (the year of the current period unless one is named); never compared with anyone.
	 */
	@Transactional(readOnly = true)
	public TrendView trend(UUID studentId, Periods.Period within) {
		List<Periods.Period> year = periods.ofYear(within.schoolId(), within.academicYear());
		LocalDate start = year.stream().map(Periods.Period::startDate).min(LocalDate::compareTo).orElse(within.startDate());
		LocalDate yearEnd = year.stream().map(Periods.Period::endDate).max(LocalDate::compareTo).orElse(within.endDate());
		LocalDate today = access.today(studentId);
		LocalDate end = !yearEnd.isAfter(today) ? yearEnd : today.isBefore(start) ? start : today;
		DiaryAccess.checkSpan(start, end);
		Map<String, List<DiaryMarks.ShownMark>> bySubject = marks.withDeletedOf(studentId, start, end).stream()
			.filter(m -> !m.deleted())
			.collect(Collectors.groupingBy(DiaryMarks.ShownMark::subjectName, java.util.TreeMap::new, Collectors.toList()));
		List<SubjectTrend> subjects = new ArrayList<>();
		LocalDate firstMonday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (Map.Entry<String, List<DiaryMarks.ShownMark>> entry : bySubject.entrySet()) {
			List<WeekAverage> weeks = new ArrayList<>();
			for (LocalDate monday = firstMonday; !monday.isAfter(end); monday = monday.plusWeeks(1)) {
				LocalDate week = monday;
				LocalDate sunday = monday.plusDays(6);
				average(entry.getValue().stream().filter(m -> !m.workDate().isAfter(sunday)).toList())
					.map(average -> new WeekAverage(week, average)).ifPresent(weeks::add);
			}
			subjects.add(new SubjectTrend(entry.getValue().getFirst().subjectId(), entry.getKey(), weeks));
		}
		return new TrendView(within.academicYear(), start, end, subjects);
	}

	public record SubjectsView(Periods.Period period, List<SubjectMarks> subjects) {
	}

	/** @param subjectId null when the subject has only period or final marks in the span */
	public record SubjectMarks(@Nullable UUID subjectId, String subjectName, @Nullable BigDecimal average, List<MarkLine> marks,
			List<DiaryGrades.GradeView> grades) {
	}

	/** @param workDate the day the mark was given for; {@code enteredAt} when the teacher entered it */
	@Schema(name = "SubjectMarkLine") // one schema per feature (springdoc names by simple name)
	public record MarkLine(UUID markId, String value, String scale, String workType, BigDecimal weight, LocalDate workDate,
			OffsetDateTime enteredAt, @Nullable String comment, boolean countsInAverage, boolean deleted, List<Change> changes) {
	}

	/** A correction or deletion (J11); {@code oldValue} is null when the diary never saw the value before it. */
	public record Change(@Schema(allowableValues = { "corrected", "deleted" }) String kind, @Nullable String oldValue, @Nullable String newValue, OffsetDateTime at, String reason) {
	}

	public record TrendView(String academicYear, LocalDate from, LocalDate to, List<SubjectTrend> subjects) {
	}

	public record SubjectTrend(UUID subjectId, String subjectName, List<WeekAverage> weeks) {
	}

	/** The average of every mark given from the start of the year to the end of the week beginning {@code weekOf}. */
	public record WeekAverage(LocalDate weekOf, BigDecimal average) {
	}
}
