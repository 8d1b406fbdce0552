package org.ejd.gateway;

import org.ejd.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void followsTheHouseRules() {
		ServiceArchitecture.verify("gateway");
	}
}
