package org.ejd.diary;

import java.time.Clock;

import org.ejd.platform.time.BusinessClock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link DiaryIT#CLOCK} in place of the business clock; the frameworks keep their own. */
final class MovableBusinessClock {

	@Bean(defaultCandidate = false)
	@BusinessClock
	@Primary
	Clock movableClock() {
		return DiaryIT.CLOCK;
	}
}
