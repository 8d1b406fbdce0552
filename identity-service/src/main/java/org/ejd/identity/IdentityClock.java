package org.ejd.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The clock identity's use cases read "now" and "today" from (deadlines, code expiry). A qualified,
 * non-default bean so that tests can move it without moving Spring Modulith's event registry clock.
 */
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Qualifier
public @interface IdentityClock {
}
