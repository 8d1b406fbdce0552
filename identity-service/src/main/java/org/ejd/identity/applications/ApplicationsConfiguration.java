package org.ejd.identity.applications;

import org.ejd.identity.applications.domain.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ApplicationsConfiguration {

	@Bean
	WorkingCalendar workingCalendar(CalendarProperties properties) {
		return new WorkingCalendar(properties.extraHolidays(), properties.workingDays());
	}
}
