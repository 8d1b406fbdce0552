package org.ejd.notification;

import org.ejd.platform.boot.EjdService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Delivery of diary information by email, SMS and in-app feed, honouring consent and preferences (N1, N2). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EjdService("notification-service")
public class NotificationApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationApplication.class, args);
	}
}
