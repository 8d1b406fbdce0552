package org.ejd.notification;

import org.ejd.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void followsTheHouseRules() {
		ServiceArchitecture.verify("notification");
	}
}
