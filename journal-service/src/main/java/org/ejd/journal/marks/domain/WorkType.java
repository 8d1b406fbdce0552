package org.ejd.journal.marks.domain;

import java.time.LocalDate;

/** What a mark was given for; decides its deadline (J1–J3) and its default weight. */
public enum WorkType {

	ORAL(3, 1.0), WRITTEN(6, 1.0), TEST(6, 2.0), HOMEWORK(6, 1.0), DISTANCE(0, 1.0), LAB(6, 1.0), OTHER(3, 1.0);

	/** Default days after the work within which the mark is on time (J1: 3, J2: 6, J3: same day); schools may change them (J10). */
	private final int deadlineDays;

	private final double defaultWeight;

	WorkType(int deadlineDays, double defaultWeight) {
		this.deadlineDays = deadlineDays;
		this.defaultWeight = defaultWeight;
	}

	public double defaultWeight() {
		return defaultWeight;
	}

	/** Late entries are flagged, never blocked: hard locks push teachers back to paper. */
	public boolean onTime(LocalDate workDate, LocalDate enteredOn) {
		return !enteredOn.isAfter(workDate.plusDays(deadlineDays));
	}

	public String wire() {
		return name().toLowerCase();
	}
}
