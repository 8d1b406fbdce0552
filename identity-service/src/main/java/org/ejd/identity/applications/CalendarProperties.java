package org.ejd.identity.applications;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The year's decree on top of the federal calendar ({@code ejd.identity.calendar.*}).
 *
 * @param extraHolidays days the decree makes non-working (bridge days, holidays moved off a weekend)
 * @param workingDays days the decree makes working (a Saturday traded for a bridge day)
 */
@ConfigurationProperties("ejd.identity.calendar")
public record CalendarProperties(@DefaultValue List<LocalDate> extraHolidays, @DefaultValue List<LocalDate> workingDays) {
}
