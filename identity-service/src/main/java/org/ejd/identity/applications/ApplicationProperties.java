package org.ejd.identity.applications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access applications ({@code ejd.identity.applications.*}).
 *
 * @param deadlineWorkingDays working days within which an application gets its access code (A4, K: 5)
 * @param reminderInterval how often open applications are checked for a deadline that is the next working day (the school is
 *        warned) or has passed (the school is told)
 * @param policyInterval how often the schools that need no application (seed 003) are checked for people still owed one
 */
@ConfigurationProperties("ejd.identity.applications")
public record ApplicationProperties(@DefaultValue("5") int deadlineWorkingDays,
		@DefaultValue("10m") java.time.Duration reminderInterval, @DefaultValue("10m") java.time.Duration policyInterval) {

	public ApplicationProperties {
		if (deadlineWorkingDays < 1) {
			throw new IllegalArgumentException("ejd.identity.applications.deadline-working-days must be at least 1");
		}
	}
}
