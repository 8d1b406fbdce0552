package org.ejd.journal.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.lessons.Lesson;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading homework submissions: who handed in what for a lesson, one submission and its file, and the work owed. */
@Service
class HomeworkRegister {

	/** The longest span of due dates one "work owed" list covers: a school year. */
	static final int MAX_OWED_DAYS = 366;

	private final HomeworkAccess access;

	private final HomeworkSubmissions submissions;

	private final ClassBook classes;

	private final PersonalDataAudit audit;

	private final SchoolTime time;

	HomeworkRegister(HomeworkAccess access, HomeworkSubmissions submissions, ClassBook classes, PersonalDataAudit audit,
			SchoolTime time) {
		this.access = access;
		this.submissions = submissions;
		this.classes = classes;
		this.audit = audit;
		this.time = time;
	}

	/** Every student of the lesson's class that day with their homework's state, by name: the teacher's hand-in list. */
	@Transactional(readOnly = true)
	public List<HandInRow> ofLesson(Caller caller, UUID lessonId) {
		Lesson lesson = access.teachersLesson(caller, lessonId);
		Map<UUID, HomeworkSubmission> byStudent = submissions.ofLesson(lessonId).stream()
			.collect(Collectors.toMap(HomeworkSubmission::studentId, Function.identity()));
		List<ClassBook.Pupil> pupils = classes.pupils(lesson.classGroupId(), lesson.date());
		audit.readAll(caller, pupils.stream().map(ClassBook.Pupil::studentId).toList(), "journal-homework");
		return pupils.stream().map(pupil -> {
			HomeworkSubmission s = byStudent.get(pupil.studentId());
			String name = ((pupil.lastName() == null ? "" : pupil.lastName()) + " " + (pupil.firstName() == null ? "" : pupil.firstName())).strip();
			return s == null ? new HandInRow(pupil.studentId(), name, null, "assigned", null, false, null, null, null)
					: new HandInRow(pupil.studentId(), name, s.id(), s.state().wire(), s.handedInAt(), s.text() != null,
							submissions.fileOf(s.id()).map(HomeworkSubmissions.FileMeta::fileName).orElse(null), s.markId(), s.markValue());
		}).toList();
	}

	@Transactional(readOnly = true)
	public SubmissionView one(Caller caller, UUID submissionId) {
		HomeworkSubmission s = submissions.find(submissionId).filter(x -> x.version() > 0)
			.orElseThrow(() -> Refusal.unknown("journal.homework.not-found"));
		access.readable(caller, s);
		audit.read(caller, s.studentId(), "journal-homework");
		return SubmissionView.of(s, submissions.fileOf(s.id()).orElse(null));
	}

	/** The student's own submission for a lesson's homework ("assigned" with no id when there is none yet). */
	@Transactional(readOnly = true)
	public SubmissionView mine(Caller caller, UUID lessonId) {
		Lesson lesson = access.studentsHomework(caller, lessonId);
		audit.read(caller, caller.person(), "journal-homework");
		return submissions.of(lesson.id(), caller.person())
			.map(s -> SubmissionView.of(s, submissions.fileOf(s.id()).orElse(null)))
			.orElseGet(() -> new SubmissionView(null, lesson.id(), caller.person(), "assigned", null, null, null, null, null, null, null,
					null, null, 0));
	}

	@Transactional(readOnly = true)
	public Download file(Caller caller, UUID submissionId) {
		HomeworkSubmission s = submissions.find(submissionId).filter(x -> x.version() > 0)
			.orElseThrow(() -> Refusal.unknown("journal.homework.not-found"));
		access.readable(caller, s);
		HomeworkSubmissions.FileMeta meta = submissions.fileOf(s.id()).orElseThrow(() -> Refusal.unknown("journal.homework.no-file"));
		audit.read(caller, s.studentId(), "journal-homework-file");
		return new Download(meta.fileName(), meta.contentType(), submissions.content(s.id()).orElseThrow());
	}

	/** What the student owes: homework due from {@code from} to {@code to} (by default the last 30 days) not handed in. */
	@Transactional(readOnly = true)
	public List<HomeworkSubmissions.WorkOwed> owedByStudent(Caller caller, UUID studentId, @Nullable LocalDate from, @Nullable LocalDate to) {
		ClassGroup probe = access.studentReadable(caller, studentId);
		Span span = span(probe.schoolId(), from, to);
		audit.read(caller, studentId, "journal-work-owed");
		return submissions.owed(probe.id(), studentId, span.from(), span.to());
	}

	/** What each student of the class owes, student by student. */
	@Transactional(readOnly = true)
	public List<HomeworkSubmissions.WorkOwed> owedByClass(Caller caller, UUID classGroupId, @Nullable LocalDate from, @Nullable LocalDate to) {
		ClassGroup known = classes.find(classGroupId).orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		Span span = span(known.schoolId(), from, to);
		ClassGroup group = access.classReadable(caller, classGroupId, span.from(), span.to());
		List<ClassBook.Pupil> pupils = classes.pupils(group.id(), time.today(group.schoolId()));
		audit.readAll(caller, pupils.stream().map(ClassBook.Pupil::studentId).toList(), "journal-work-owed");
		return pupils.stream().flatMap(pupil -> submissions.owed(group.id(), pupil.studentId(), span.from(), span.to()).stream())
			.toList();
	}

	private Span span(UUID schoolId, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate end = to != null ? to : time.today(schoolId);
		LocalDate start = from != null ? from : end.minusDays(30);
		if (start.isAfter(end) || start.plusDays(MAX_OWED_DAYS).isBefore(end)) {
			throw Refusal.invalid("journal.homework.owed-span", MAX_OWED_DAYS);
		}
		return new Span(start, end);
	}

	private record Span(LocalDate from, LocalDate to) {
	}

	/** One student in a lesson's hand-in list. */
	record HandInRow(UUID studentId,
			@Schema(example = "Иванова Анна") String name, @Nullable UUID submissionId,
			@Schema(allowableValues = { "assigned", "done", "handed-in", "returned", "marked" }) String state, @Nullable Instant handedInAt,
			boolean hasText, @Nullable String fileName, @Nullable UUID markId, @Nullable String markValue) {
	}

	/** A submission as its student and its teachers see it. */
	record SubmissionView(@Nullable UUID id, UUID lessonId, UUID studentId,
			@Schema(allowableValues = { "assigned", "done", "handed-in", "returned", "marked" }) String state, @Nullable String text, @Nullable Instant handedInAt,
			@Nullable String fileName, @Nullable Long fileSize, @Nullable String returnComment, @Nullable Instant returnedAt,
			@Nullable UUID markId, @Nullable String markValue, @Nullable Instant changedAt, long version) {

		static SubmissionView of(HomeworkSubmission s, HomeworkSubmissions.@Nullable FileMeta file) {
			return new SubmissionView(s.id(), s.lessonId(), s.studentId(), s.state().wire(), s.text(), s.handedInAt(),
					file == null ? null : file.fileName(), file == null ? null : file.sizeBytes(), s.returnComment(), s.returnedAt(),
					s.markId(), s.markValue(), s.changedAt(), s.version());
		}
	}

	record Download(String fileName, String contentType, byte[] content) {
	}
}
