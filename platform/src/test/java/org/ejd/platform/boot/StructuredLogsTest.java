package org.ejd.platform.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class StructuredLogsTest {

	@EjdService("journal-service")
	static class Journal {
	}

	private static MockEnvironment prepared(MockEnvironment environment) {
		new EjdDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication(Journal.class));
		return environment;
	}

	@Test
	void aServiceLogsJsonLinesByDefault() {
		assertThat(prepared(new MockEnvironment()).getProperty("logging.structured.format.console")).isEqualTo("ecs");
	}

	@Test
	void theDemoStackLogsPlainText() {
		MockEnvironment demo = new MockEnvironment().withProperty("spring.profiles.active", "perf, demo");
		assertThat(prepared(demo).getProperty("logging.structured.format.console")).isNull();
	}

	@Test
	void testsLogPlainText() {
		MockEnvironment tests = new MockEnvironment().withProperty("ejd.logging.plain", "true");
		assertThat(prepared(tests).getProperty("logging.structured.format.console")).isNull();
	}

	@Test
	void actuatorGetsAPortOfItsOwn() {
		assertThat(prepared(new MockEnvironment()).getProperty("management.server.port")).isEqualTo("9090");
	}
}
