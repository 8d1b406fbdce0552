package org.ejd.contracts.journal;

import java.time.Instant;
import java.util.UUID;

/** A teacher's recommendation to a student (D7). */
public record RecommendationGiven(UUID recommendationId, UUID schoolId, UUID studentId, UUID subjectId, String subjectName,
		UUID teacherId, String text, Instant givenAt) implements JournalEvent {

	public static final String TYPE = "journal.recommendation.given";

	public static final String TOPIC = "journal.recommendations.v1";
}
