package org.ejd.journal;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.ejd.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	private final JavaClasses journal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ejd.journal");

	@Test
	void followsTheHouseRules() {
		ServiceArchitecture.verify("journal");
	}

	@Test
	void featurePackagesHaveNoCycles() {
		slices().matching("org.ejd.journal.(*)..").should().beFreeOfCycles()
			.because("a feature builds on lower ones and never on what builds on it")
			.check(journal);
	}
}
