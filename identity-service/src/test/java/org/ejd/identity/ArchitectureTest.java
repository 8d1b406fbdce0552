package org.ejd.identity;

import org.ejd.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void followsTheHouseRules() {
		ServiceArchitecture.verify("identity");
	}
}
