package org.ejd.journal.homework;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One student's side of one lesson's homework: assigned (nothing yet, or "done" taken back), done, handed in, returned
 * with the teacher's comment, or marked with a journal mark. Every change is one version later (the diary keeps the newest).
 */
record HomeworkSubmission(UUID id, UUID lessonId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId, State state,
		@Nullable String text, @Nullable Instant handedInAt, @Nullable Instant returnedAt, @Nullable UUID returnedBy,
		@Nullable String returnComment, @Nullable UUID markId, @Nullable String markValue, Instant changedAt, UUID changedBy,
		long version) {

	enum State {
		ASSIGNED, DONE, HANDED_IN, RETURNED, MARKED;

		String wire() {
			return name().toLowerCase().replace('_', '-');
		}

		static State ofWire(String wire) {
			return valueOf(wire.toUpperCase().replace('-', '_'));
		}
	}

	/** Work is (still) with the teacher or judged: "done" can no longer be taken back. */
	boolean handedIn() {
		return state == State.HANDED_IN || state == State.RETURNED || state == State.MARKED;
	}

	HomeworkSubmission done(Instant now, UUID by) {
		return new HomeworkSubmission(id, lessonId, studentId, schoolId, classGroupId, subjectId, State.DONE, text, handedInAt,
				returnedAt, returnedBy, returnComment, markId, markValue, now, by, version + 1);
	}

	HomeworkSubmission undone(Instant now, UUID by) {
		return new HomeworkSubmission(id, lessonId, studentId, schoolId, classGroupId, subjectId, State.ASSIGNED, text, handedInAt,
				returnedAt, returnedBy, returnComment, markId, markValue, now, by, version + 1);
	}

	/** Handed in (again): the new text replaces the old one when given; a returned work's comment stays for the record. */
	HomeworkSubmission handedIn(@Nullable String newText, Instant now, UUID by) {
		return new HomeworkSubmission(id, lessonId, studentId, schoolId, classGroupId, subjectId, State.HANDED_IN,
				newText != null ? newText : text, now, returnedAt, returnedBy, returnComment, markId, markValue, now, by, version + 1);
	}

	HomeworkSubmission returned(String comment, Instant now, UUID by) {
		return new HomeworkSubmission(id, lessonId, studentId, schoolId, classGroupId, subjectId, State.RETURNED, text, handedInAt,
				now, by, comment, markId, markValue, now, by, version + 1);
	}

	HomeworkSubmission marked(UUID mark, String value, Instant now, UUID by) {
		return new HomeworkSubmission(id, lessonId, studentId, schoolId, classGroupId, subjectId, State.MARKED, text, handedInAt,
				returnedAt, returnedBy, returnComment, mark, value, now, by, version + 1);
	}
}
