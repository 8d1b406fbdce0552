package org.ejd.contracts.diary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student's weekly forecast of the period marks (D8), made by the diary on the school's weekday. */
public record ForecastPublished(UUID studentId, UUID schoolId, UUID periodId, String periodName, LocalDate weekOf,
		BigDecimal roundsUpFrom, List<SubjectForecast> subjects) implements DiaryEvent {

	public static final String TYPE = "diary.forecast.published";

	public static final String TOPIC = "diary.forecasts.v1";

	/** @param average null while no mark counts, and then {@code expectedMark} too */
	public record SubjectForecast(String subjectName, @Nullable BigDecimal average, @Nullable Integer expectedMark, int marksCounted,
			int plannedTests) {
	}
}
