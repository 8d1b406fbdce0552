package org.ejd.platform.ids;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Ids of what a region writes by the million (marks, attendance, passes and the events about them): UUID version 7
 * (RFC 9562), whose first 48 bits are the millisecond it was made, so every table and index keyed by them grows at its
 * right edge instead of writing a page somewhere in the middle of a large index for each new row (ADR 0115). Ids made
 * in the same millisecond still increase. Their time is the machine's and nothing reads it back: a mark's time is its
 * own column. Secrets, tokens and anything a caller must not guess stay {@link UUID#randomUUID()}.
 */
public final class TimeOrderedIds {

	private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

	private TimeOrderedIds() {
	}

	/** A new id, greater than every one this JVM made before it. */
	public static UUID next() {
		return GENERATOR.generate();
	}

}
