package org.ejd.platform.time;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The clock every use case reads "now" from. Qualified, not the context's default {@code Clock},
 * so that a test can move it (deadlines, code expiry, midnight in Kamchatka) without moving the
 * clocks of the frameworks (the outbox's publication registry).
 */
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Qualifier
public @interface BusinessClock {
}
