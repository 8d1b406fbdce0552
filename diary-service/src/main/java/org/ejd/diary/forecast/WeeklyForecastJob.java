package org.ejd.diary.forecast;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Looks every few minutes whether a school's forecast week has come; the business clock decides, not the scheduler. */
@Configuration
@EnableScheduling
class WeeklyForecastJob {

	private final PublishingForecasts publishing;

	WeeklyForecastJob(PublishingForecasts publishing) {
		this.publishing = publishing;
	}

	@Scheduled(fixedDelayString = "${ejd.diary.forecast.weekly.check-every:PT5M}", initialDelayString = "PT1M")
	void tick() {
		publishing.publishDue();
	}
}
