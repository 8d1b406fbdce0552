package org.ejd.consent.family;

/** How a caller stands to a person whose consent, contacts or preferences they touch. */
public enum Relation {

	/** The caller is the person (a guardian, or a student). */
	SELF,
	/** The caller is a guardian who represents the student today. */
	GUARDIAN_OF,
	/** The caller is a school admin of a school the person belongs to. */
	SCHOOL,
	/** The caller is a region operator (reads and audits only). */
	REGION
}
