package org.ejd.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler that answers an {@code ETag} (a version for a later {@code If-Match}, {@link IfMatch#etag}, or a hash for
 * {@code If-None-Match}): the OpenAPI document declares the header on each of its success answers but a 204 (ADR 0066).
 * testkit's {@code ServiceArchitecture} fails a handler that sets an ETag without it, and one with it that sets none, so
 * the document cannot drift from the code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SendsETag {
}
