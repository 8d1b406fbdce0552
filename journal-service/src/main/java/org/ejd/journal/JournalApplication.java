package org.ejd.journal;

import org.ejd.platform.boot.EjdService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The teacher's journal: the source of truth for everything a guardian later reads. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EjdService("journal-service")
public class JournalApplication {

	public static void main(String[] args) {
		SpringApplication.run(JournalApplication.class, args);
	}
}
