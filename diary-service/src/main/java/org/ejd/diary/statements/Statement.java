package org.ejd.diary.statements;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What a statement says, the same in JSON and on paper. */
public record Statement(@Nullable String schoolName, UUID studentId, String studentName, List<String> classGroups, LocalDate from,
		LocalDate to, LocalDate issuedOn, List<SubjectLine> subjects, Attendance attendance, List<HomeworkLine> homework,
		List<PeriodMarkLine> periodMarks, List<AchievementLine> achievements) {

	/** @param average the weighted average of the span's marks (docs/adr/0008), null while none counts */
	public record SubjectLine(String subjectName, List<MarkLine> marks, @Nullable BigDecimal average) {
	}

	@Schema(name = "StatementMarkLine") // one schema per feature (springdoc names by simple name)
	public record MarkLine(LocalDate date, String value, String workType) {
	}

	/** @param absences lessons missed (absent, ill, excused); {@code lates} lessons come to late */
	@Schema(name = "StatementAttendance") // one schema per feature (springdoc names by simple name)
	public record Attendance(int absences, int excused, int ill, int lates, List<Miss> misses) {
	}

	public record Miss(LocalDate date, String subjectName,
			@Schema(allowableValues = { "present", "absent", "late", "ill", "excused" }) String status) {
	}

	public record HomeworkLine(LocalDate date, String subjectName, String homework, @Nullable LocalDate due) {
	}

	public record PeriodMarkLine(String periodName, String subjectName,
			@Schema(allowableValues = { "period", "year", "exam", "final" }) String kind, @Nullable String value,
			@Nullable LocalDate deferredUntil) {
	}

	/** An award, commendation, olympiad or competition result awarded in the span (J12), as described in Russian. */
	public record AchievementLine(LocalDate awardedOn, String title, String description, @Nullable String subjectName, String issuer) {
	}
}
