package org.ejd.diary.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.ejd.diary.calendar.DiaryCalendar;
import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.marks.MarksBySubject;
import org.ejd.diary.marks.Periods;
import org.ejd.diary.marks.domain.PeriodMarkRounding;
import org.ejd.contracts.journal.WeightedAverage;
import org.ejd.diary.rules.SchoolRules;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expected period mark per subject (D8): the weighted average of the period so far, rounded by
 * the school's threshold in force (docs/adr/0012, 0014), with the tests still planned before the period ends.
 */
@Service
public class Forecasts {

	private static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;

	private final MarksBySubject subjects;

	private final DiaryCalendar calendar;

	private final SchoolRules rules;

	private final DiaryAccess access;

	Forecasts(MarksBySubject subjects, DiaryCalendar calendar, SchoolRules rules, DiaryAccess access) {
		this.subjects = subjects;
		this.calendar = calendar;
		this.rules = rules;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public ForecastView of(UUID studentId, @Nullable UUID periodId) {
		return forecast(studentId, subjects.period(studentId, periodId), List.of());
	}

	/** The same forecast as if the given marks were in the journal too; nothing is stored. */
	@Transactional(readOnly = true)
	public ForecastView whatIf(UUID studentId, @Nullable UUID periodId, List<Hypothetical> marks) {
		Periods.Period period = subjects.period(studentId, periodId);
		SchoolRules.Weights weights = rules.weightsInForce(period.schoolId(), access.today(studentId));
		List<Weighed> weighed = new ArrayList<>();
		for (Hypothetical mark : marks) {
			if (!WeightedAverage.isFivePointMark(mark.value())) {
				throw Refusal.invalid("diary.what-if.out-of-scale", mark.value());
			}
			BigDecimal weight = mark.weight();
			if (weight == null) {
				String type = mark.workType() == null ? "oral" : mark.workType().toLowerCase(Locale.ROOT);
				weight = weights.byWorkType().get(type);
				if (weight == null) {
					throw Refusal.invalid("diary.what-if.bad-work-type", type);
				}
			}
			else if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0) {
				throw Refusal.invalid("diary.what-if.bad-weight");
			}
			weighed.add(new Weighed(mark.subjectName(), new WeightedAverage.Countable(mark.value(), "five-point", weight, true)));
		}
		return forecast(studentId, period, weighed);
	}

	private ForecastView forecast(UUID studentId, Periods.Period period, List<Weighed> hypothetical) {
		LocalDate today = access.today(studentId);
		PeriodMarkRounding rule = rules.roundingInForce(period.schoolId(), today);
		Map<String, List<WeightedAverage.Countable>> bySubject = new TreeMap<>();
		Map<String, @Nullable UUID> ids = new TreeMap<>();
		for (MarksBySubject.SubjectMarks subject : subjects.of(studentId, period).subjects()) {
			List<WeightedAverage.Countable> countable = bySubject.computeIfAbsent(subject.subjectName(), n -> new ArrayList<>());
			ids.put(subject.subjectName(), subject.subjectId());
			subject.marks().stream().filter(m -> !m.deleted())
				.forEach(m -> countable.add(new WeightedAverage.Countable(m.value(), m.scale(), m.weight(), m.countsInAverage())));
		}
		hypothetical.forEach(h -> bySubject.computeIfAbsent(h.subjectName(), n -> new ArrayList<>()).add(h.mark()));
		Map<String, List<PlannedTest>> planned = new TreeMap<>();
		if (!today.isAfter(period.endDate())) {
			LocalDate from = today.isBefore(period.startDate()) ? period.startDate() : today;
			calendar.calendarOf(studentId, from, period.endDate()).stream()
				.filter(e -> "assessment".equals(e.kind()) && e.subjectName() != null)
				.forEach(e -> planned.computeIfAbsent(e.subjectName(), n -> new ArrayList<>()).add(new PlannedTest(e.startsOn(), e.title())));
		}
		planned.keySet().forEach(name -> bySubject.computeIfAbsent(name, n -> new ArrayList<>()));
		List<SubjectForecast> forecasts = new ArrayList<>();
		bySubject.forEach((name, marks) -> {
			BigDecimal average = WeightedAverage.of(marks).orElse(null);
			forecasts.add(new SubjectForecast(ids.get(name), name, average, average == null ? null : rule.expectedMark(average),
					WeightedAverage.counting(marks), planned.getOrDefault(name, List.of())));
		});
		return new ForecastView(period, rule.roundUpFrom(), !hypothetical.isEmpty(), forecasts);
	}

	/** A mark the family types in: a five-point value and either a work type (weighed by the school's policy) or a weight. */
	public record Hypothetical(String subjectName, String value, @Nullable String workType, @Nullable BigDecimal weight) {
	}

	private record Weighed(String subjectName, WeightedAverage.Countable mark) {
	}

	/** @param whatIf true when the answer includes hypothetical marks */
	public record ForecastView(Periods.Period period, BigDecimal roundsUpFrom, boolean whatIf, List<SubjectForecast> subjects) {
	}

	/** @param expectedMark null while no mark counts */
	public record SubjectForecast(@Nullable UUID subjectId, String subjectName, @Nullable BigDecimal average,
			@Nullable Integer expectedMark, int marksCounted, List<PlannedTest> plannedTests) {
	}

	public record PlannedTest(LocalDate date, String title) {
	}
}
