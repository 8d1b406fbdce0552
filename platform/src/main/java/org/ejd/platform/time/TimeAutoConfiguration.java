package org.ejd.platform.time;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The business clock (UTC; zones come from data) and the school-time lookup in every service. */
@AutoConfiguration
@EnableConfigurationProperties(TimeProperties.class)
public class TimeAutoConfiguration {

	@Bean(defaultCandidate = false)
	@BusinessClock
	@ConditionalOnMissingBean(annotation = BusinessClock.class)
	Clock businessClock() {
		return Clock.systemUTC();
	}

	@Bean
	@ConditionalOnMissingBean
	SchoolTime schoolTime(@BusinessClock Clock clock, ObjectProvider<SchoolZones> zones, TimeProperties properties) {
		SchoolZones lookup = zones.getIfAvailable(() -> school -> Optional.empty());
		return new SchoolTime(clock, new CachedSchoolZones(lookup), properties.defaultZone());
	}
}
