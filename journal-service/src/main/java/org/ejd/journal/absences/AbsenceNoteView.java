package org.ejd.journal.absences;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * An absence note as its readers see it: what the guardian asked, its paper (if any), the class teacher's decision,
 * the lessons it excused when accepted, and its history.
 */
public record AbsenceNoteView(UUID id, UUID schoolId, UUID studentId, UUID classGroupId,
		@Schema(allowableValues = { "planned", "excuse" }) String kind, LocalDate from, LocalDate to,
		@Nullable List<Integer> lessonNumbers, String reason, UUID filedBy, Instant filedAt,
		@Schema(allowableValues = { "filed", "accepted", "declined" }) String status, @Nullable UUID decidedBy,
		@Nullable Instant decidedAt, @Nullable String decisionReason, @Nullable FileInfo file, List<UUID> excusedLessons,
		List<Step> history) {

	public record FileInfo(String fileName, String contentType, int sizeBytes) {
	}

	public record Step(Instant at, UUID by,
			@Schema(allowableValues = { "filed", "file-attached", "accepted", "declined", "excused" }) String action,
			@Schema(example = "Справка от врача") @Nullable String detail) {
	}

	static AbsenceNoteView of(AbsenceNote n, AbsenceNotes.@Nullable FileMeta file, List<UUID> excused, List<AbsenceNotes.Step> history) {
		return new AbsenceNoteView(n.id(), n.schoolId(), n.studentId(), n.classGroupId(), n.kind(), n.fromDate(), n.toDate(), n.numbers(),
				n.reason(), n.filedBy(), n.filedAt(), n.status(), n.decidedBy(), n.decidedAt(), n.decisionReason(),
				file == null ? null : new FileInfo(file.fileName(), file.contentType(), file.sizeBytes()), excused,
				history.stream().map(s -> new Step(s.at(), s.by(), s.action(), s.detail())).toList());
	}
}
