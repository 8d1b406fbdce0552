package org.ejd.consent;

import org.ejd.platform.boot.EjdService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Whether, how and where a person may be told about a student: consent, delivery form, contacts (C1–C3, N2). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EjdService("consent-service")
public class ConsentApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConsentApplication.class, args);
	}
}
