package org.ejd.identity.applications;

import org.ejd.identity.applications.domain.WorkingCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApplicationsConfiguration {

	@Bean
	WorkingCalendar workingCalendar(CalendarProperties properties) {
		return new WorkingCalendar(properties.extraHolidays(), properties.workingDays());
	}
}
