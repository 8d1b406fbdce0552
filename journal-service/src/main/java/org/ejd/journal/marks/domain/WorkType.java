package org.ejd.journal.marks.domain;

/** What a mark was given for; decides its deadline (J1–J3, by the school's policy) and its default weight. */
public enum WorkType {

	ORAL(1.0), WRITTEN(1.0), TEST(2.0), HOMEWORK(1.0), DISTANCE(1.0), LAB(1.0), OTHER(1.0);

	private final double defaultWeight;

	WorkType(double defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	public double defaultWeight() {
		return defaultWeight;
	}

	public String wire() {
		return name().toLowerCase();
	}
}
