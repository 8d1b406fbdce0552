package org.ejd.diary.statements;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When each school's weekly paper batch is made, in the school's own time (C2: at least weekly): by
 * default Monday 07:00, for the week before. {@code ejd.diary.paper.day} and {@code .at} change it.
 */
@ConfigurationProperties("ejd.diary.paper")
record PaperBatchSettings(@Nullable DayOfWeek day, @Nullable LocalTime at) {

	DayOfWeek weekday() {
		return day != null ? day : DayOfWeek.MONDAY;
	}

	LocalTime time() {
		return at != null ? at : LocalTime.of(7, 0);
	}
}
