package org.ejd.platform.boot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a service on its application class. The name picks the service's own configuration file
 * ({@code <name>.yml}) and Flyway folder, so that several services can share one classpath
 * (the system tests and the local stack run them side by side).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EjdService {

	/** The service name, e.g. {@code journal-service}. */
	String value();
}
