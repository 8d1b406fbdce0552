package org.ejd.diary.week;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.ejd.diary.years.SchoolYears.YearState;
import org.jspecify.annotations.Nullable;

/**
 * The student's school week: Monday to Friday, and Saturday or Sunday when it has lessons or marks; per day its lessons in order, the marks
 * given that day for a subject without a lesson that day, homework due, the holiday and the school and city events.
 * {@code schoolYear}: the archive state of the school year the week lies in, null while the journal never closed it
 * ({@code archived} true: read-only in the journal's archive since {@code closedAt}; false: reopened at {@code reopenedAt}).
 */
public record WeekView(UUID studentId, LocalDate monday, LocalDate sunday, List<Day> days, @Nullable YearState schoolYear) {

	@Schema(name = "WeekDay") // one schema per feature (springdoc names by simple name)
	public record Day(LocalDate date,
			@Schema(allowableValues = { "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье" }) String weekday, @Nullable String holiday, List<Event> events, List<HomeworkDue> homeworkDue,
			List<Lesson> lessons, List<Mark> otherMarks) {
	}

	/**
	 * A lesson: {@code start}/{@code end} (HH:mm) from the bell schedule in force that day, null while the school has none;
	 * {@code start}/{@code end} ring by the bells of the class's own shift (shift 1 until the journal sets another);
	 * {@code room} where it is held, null while the journal names none; {@code teacher} the teacher of the lesson;
	 * {@code substitution}, {@code moved} and {@code cancelled} null when nothing changed.
	 */
	public record Lesson(UUID lessonId, int number,
			@Schema(example = "08:30") @Nullable String start,
			@Schema(example = "09:15") @Nullable String end, @Nullable String room,
			String subject, @Nullable String teacher,
			@Schema(allowableValues = { "regular", "test", "lab", "distance", "excursion", "other" }) String lessonType, @Nullable String topic, @Nullable Homework homework, List<Mark> marks,
			@Nullable Attendance attendance, @Nullable Substitution substitution, @Nullable Moved moved,
			@Nullable Cancelled cancelled) {
	}

	/** A lesson's homework; {@code state} its state for the student (ADR 0044). */
	public record Homework(String text, @Nullable LocalDate due,
			@Schema(types = "array", description = "Файлы к заданию, как их опубликовал журнал: attachmentId, fileName, contentType, sizeBytes, href (подписанная ссылка, действует ограниченное время) / the homework files as the journal published them") @Nullable @JsonRawValue String attachments,
			@Nullable HomeworkState state) {
	}

	/**
	 * Where the student is with a homework (ADR 0044): assigned, late (due and nothing done), done, handed-in, returned
	 * (with the teacher's {@code comment}) or marked (with the {@code mark}).
	 */
	public record HomeworkState(@Schema(allowableValues = { "assigned", "done", "handed-in", "returned", "marked" }) String state, @Nullable String mark, @Nullable String comment) {
	}

	public record Mark(UUID markId, String subject, String value, String workType, BigDecimal weight, @Nullable String comment) {
	}

	@Schema(name = "WeekAttendance") // one schema per feature (springdoc names by simple name)
	public record Attendance(@Schema(allowableValues = { "present", "absent", "late", "ill", "excused" }) String status, @Nullable String reason, @Nullable Integer minutesLate) {
	}

	public record Substitution(@Nullable String teacher, @Nullable String reason) {
	}

	public record Moved(LocalDate fromDate, @Nullable Integer fromNumber, @Nullable String reason) {
	}

	public record Cancelled(@Nullable String reason) {
	}

	public record HomeworkDue(UUID lessonId, String subject, String text, LocalDate setOn, @Nullable HomeworkState state) {
	}

	/** A school or city event ({@code scope}) that day. */
	public record Event(@Schema(allowableValues = { "holiday", "school", "city" }) String scope, String title, @Nullable String place) {
	}
}
