package org.ejd.oneroster;

import org.ejd.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	@Test
	void followsTheHouseRules() {
		ServiceArchitecture.verify("oneroster");
	}
}
