package org.ejd.oneroster;

import org.ejd.platform.boot.EjdService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The OneRoster 1.2 facade: rostering and gradebook of a region's schools from its own projection (ADR 0023). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EjdService("oneroster-service")
public class OneRosterApplication {

	public static void main(String[] args) {
		SpringApplication.run(OneRosterApplication.class, args);
	}
}
