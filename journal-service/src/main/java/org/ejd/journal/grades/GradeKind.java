package org.ejd.journal.grades;

/** What a summary mark is: for a reporting period, for the year, an exam result, or the final mark (J6, J7). */
public enum GradeKind {
	PERIOD, YEAR, EXAM, FINAL;

	public String wire() {
		return name().toLowerCase();
	}
}
