package org.ejd.platform.web;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Stands in for the platform's annotation in ServiceArchitectureTest's fixtures (testkit cannot depend on platform, whose
 * tests use testkit); ServiceArchitecture knows it by its name.
 */
@Retention(RetentionPolicy.RUNTIME)
public @interface SendsETag {
}
