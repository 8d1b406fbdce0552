package org.ejd.consent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ejd.consent");

	@Test
	void domainIsPlainJava() {
		noClasses().that().resideInAPackage("org.ejd.consent..domain..")
			.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.ejd.platform..", "tools.jackson..",
					"jakarta..", "java.sql..")
			.because("the rules of consent, contacts and preferences are tested without servers")
			.check(classes);
	}

	@Test
	void webLayerDoesNotTouchTheDatabase() {
		noClasses().that().haveSimpleNameEndingWith("Controller")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.because("controllers map the wire; use cases own transactions and data")
			.check(classes);
	}

	@Test
	void onlyTheUseCasesPublishEvents() {
		noClasses().that().haveSimpleNameEndingWith("Controller")
			.should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.context.ApplicationEventPublisher")
			.because("an event is published inside the use case's transaction (the outbox), never from the web layer")
			.check(classes);
	}

	@Test
	void serviceDoesNotImportAnotherService() {
		noClasses().should().dependOnClassesThat().resideInAnyPackage(others())
			.because("services share only events and the platform, never each other's code")
			.check(classes);
	}

	private static String[] others() {
		return java.util.stream.Stream.of("identity", "journal", "diary", "notification", "gateway")
			.map(name -> "org.ejd." + name + "..")
			.toArray(String[]::new);
	}
}
