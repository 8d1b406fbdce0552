package org.ejd.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation on its way out (docs/api-versioning.md): every answer carries {@code Deprecation} (RFC 9745) from
 * {@link #since}, {@code Sunset} (RFC 8594) at {@link #sunset} and, when there is one, a {@code Link} to the
 * {@link #successor} ({@code rel="successor-version"}); the OpenAPI document marks the operation deprecated. Removing
 * it before its sunset day breaks the policy.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiDeprecation {

	/** The day it was deprecated, ISO ({@code 2027-01-15}). */
	String since();

	/** The first day it may be gone, ISO; at least six months after {@link #since} (the policy). */
	String sunset();

	/** The path that replaces it, relative to the API ({@code /api/diary/students/{studentId}/marks}); empty when none. */
	String successor() default "";
}
