package org.ejd.diary;

import org.ejd.platform.boot.EjdService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The diary: the read model for guardians and students, built from journal's and identity's events. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EjdService("diary-service")
public class DiaryApplication {

	public static void main(String[] args) {
		SpringApplication.run(DiaryApplication.class, args);
	}
}
