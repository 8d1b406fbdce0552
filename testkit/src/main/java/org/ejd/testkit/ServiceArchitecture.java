package org.ejd.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The house rules every service's architecture test checks, written once: controllers do not
 * touch the database, services do not import each other, a {@code domain} package is plain Java.
 */
public final class ServiceArchitecture {

	private static final List<String> SERVICES = List.of("identity", "journal", "diary", "consent", "notification", "gateway");

	private ServiceArchitecture() {
	}

	/** @param service the short name, e.g. {@code journal} for package {@code org.ejd.journal} */
	public static void verify(String service) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.ejd." + service);
		noClasses().that().haveSimpleNameEndingWith("Controller")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.because("controllers map the wire; use cases own transactions and data")
			.check(classes);
		noClasses().should().dependOnClassesThat().resideInAnyPackage(SERVICES.stream()
				.filter(other -> !other.equals(service)).map(other -> "org.ejd." + other + "..").toArray(String[]::new))
			.because("services share only events and the platform, never each other's code")
			.check(classes);
		if (classes.stream().anyMatch(c -> c.getPackageName().contains(".domain"))) {
			noClasses().that().resideInAPackage("..domain..")
				.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "tools.jackson..",
						"org.ejd.platform..", "java.sql..")
				.because("the domain is free of framework code")
				.check(classes);
		}
	}
}
