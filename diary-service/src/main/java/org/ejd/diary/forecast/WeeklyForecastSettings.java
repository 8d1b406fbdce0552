package org.ejd.diary.forecast;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the weekly forecast goes out, in each school's own time (D8): by default Friday 18:00.
 * {@code ejd.diary.forecast.weekly.day} and {@code .at} change it for the deployment.
 */
@ConfigurationProperties("ejd.diary.forecast.weekly")
record WeeklyForecastSettings(@Nullable DayOfWeek day, @Nullable LocalTime at) {

	DayOfWeek weekday() {
		return day != null ? day : DayOfWeek.FRIDAY;
	}

	LocalTime time() {
		return at != null ? at : LocalTime.of(18, 0);
	}
}
