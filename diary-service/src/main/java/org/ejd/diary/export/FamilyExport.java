package org.ejd.diary.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.diary.audit.ReadAudit;
import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.family.Family;
import org.ejd.platform.audit.ReadAuditLog;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the diary holds about a student, and about the caller (their representation, consent and
 * delivery form as the diary knows them, their reads of the student's data) (152-FZ art. 14):
 * for a guardian who represents the student today, or for the student once they are 18.
 */
@Service
public class FamilyExport {

	static final int ADULT_AGE = 18;

	/** The caller's own reads listed in full up to this many, newest first; the recipients summary covers all. */
	static final int MAX_OWN_READS = 1000;

	private final JdbcClient jdbc;

	private final DiaryAccess access;

	private final Family family;

	private final ReadAudit audit;

	FamilyExport(JdbcClient jdbc, DiaryAccess access, Family family, ReadAudit audit) {
		this.jdbc = jdbc;
		this.access = access;
		this.family = family;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Export of(UUID studentId) {
		Caller caller = access.read(studentId, "export");
		LocalDate today = access.today(studentId);
		if (!isGuardianOf(caller, studentId, today)) {
			// past access.read, so the caller is the student: the law gives the right to them from 18
			boolean adult = family.birthDate(studentId).map(birth -> !birth.plusYears(ADULT_AGE).isAfter(today)).orElse(false);
			if (!adult) {
				throw Refusal.notAllowed("diary.export.adults-only");
			}
		}
		Family.StudentCard student = family.student(studentId).stream().findFirst()
			.orElseThrow(() -> Refusal.unknown("diary.student.not-found"));
		String reader = caller.personId() != null ? caller.personId().toString() : caller.subject();
		return new Export(today, new Person(student.id(), student.lastName(), student.firstName(), student.middleName(),
				family.birthDate(studentId).orElse(null), student.schoolId(), family.schoolName(student.schoolId()).orElse(null)),
				jdbc.sql("""
						select class_group_id, class_group_name, valid_from, valid_to from enrolment where student_id = ?
						order by valid_from""").param(studentId).query(Enrolment.class).list(),
				jdbc.sql("""
						select guardian_id, valid_from, ended_on, active_from, active_to from representation where student_id = ?
						order by valid_from""").param(studentId).query(RepresentationLine.class).list(),
				jdbc.sql("""
						select mark_id, subject_name, value, scale, work_type, weight, work_date, entered_at, comment, counted, deleted
						from diary_mark where student_id = ? and subject_name <> '' order by work_date, subject_name""")
					.param(studentId).query(MarkRecord.class).list(),
				jdbc.sql("""
						select mark_id, kind, old_value, new_value, changed_at, reason from mark_change where student_id = ?
						order by changed_at""").param(studentId).query(MarkChangeRecord.class).list(),
				jdbc.sql("""
						select subject_name, period_name, academic_year, kind, value, deferred_until, deferral_reason from grade
						where student_id = ? order by academic_year, period_name, subject_name""")
					.param(studentId).query(GradeRecord.class).list(),
				jdbc.sql("""
						select lesson_date, period_no, subject_name, status, reason, minutes_late from attendance where student_id = ?
						order by lesson_date, period_no""").param(studentId).query(AttendanceRecord.class).list(),
				jdbc.sql("select subject_name, text, given_at from recommendation where student_id = ? order by given_at")
					.param(studentId).query(RecommendationRecord.class).list(),
				// withdrawn ones too, flagged: the diary still holds them (a withdrawal that came first holds no text)
				jdbc.sql("""
						select kind, level, place, awarded_on, subject_name, issuer, title, withdrawn from achievement where student_id = ?
						order by awarded_on nulls last, title""").param(studentId).query(AchievementRecord.class).list(),
				jdbc.sql("""
						select day, direction, passed_at, point from presence_pass where student_id = ? order by passed_at""")
					.param(studentId).query(PassRecord.class).list(),
				jdbc.sql("""
						select person_id, status, processing_allowed, since from consent_state where person_id in (?, ?)
						order by person_id""").params(studentId, caller.personId() != null ? caller.personId() : studentId)
					.query(ConsentLine.class).list(),
				jdbc.sql("""
						select person_id, form, weekly_printed_statement, changed_at from delivery_form where person_id in (?, ?)
						order by person_id""").params(studentId, caller.personId() != null ? caller.personId() : studentId)
					.query(DeliveryFormLine.class).list(),
				audit.recipientsOf(studentId), audit.readsBy(reader, studentId, MAX_OWN_READS));
	}

	private boolean isGuardianOf(Caller caller, UUID studentId, LocalDate today) {
		return caller.has(Role.GUARDIAN) && caller.personId() != null && family.represents(caller.person(), studentId, today);
	}

	/** @param recipients who read the student's data: the client, its roles, what and how often (from the read audit) */
	public record Export(LocalDate madeOn, Person student, List<Enrolment> classGroups, List<RepresentationLine> representations,
			List<MarkRecord> marks, List<MarkChangeRecord> markChanges, List<GradeRecord> grades, List<AttendanceRecord> attendance,
			List<RecommendationRecord> recommendations, List<AchievementRecord> achievements, List<PassRecord> presence,
			List<ConsentLine> consents, List<DeliveryFormLine> deliveryForms,
			List<ReadAuditLog.Recipient> recipients, List<ReadAuditLog.Read> yourReads) {
	}

	/** The consent state the diary follows, of the student and of the caller (from consent.records.v1). */
	public record ConsentLine(UUID personId,
			@Schema(allowableValues = { "given", "refused", "withdrawn" }) String status, boolean processingAllowed, @Nullable OffsetDateTime since) {
	}

	public record DeliveryFormLine(UUID personId,
			@Schema(allowableValues = { "electronic", "paper" }) String form, boolean weeklyPrintedStatement, OffsetDateTime changedAt) {
	}

	public record Person(UUID id, String lastName, String firstName, @Nullable String middleName, @Nullable LocalDate birthDate,
			UUID schoolId, @Nullable String schoolName) {
	}

	public record Enrolment(UUID classGroupId, String classGroupName, LocalDate validFrom, @Nullable LocalDate validTo) {
	}

	public record RepresentationLine(UUID guardianId, @Nullable LocalDate validFrom, @Nullable LocalDate endedOn,
			@Nullable LocalDate activeFrom, @Nullable LocalDate activeTo) {
	}

	public record MarkRecord(UUID markId, String subjectName, String value, String scale, String workType, BigDecimal weight,
			LocalDate workDate, OffsetDateTime enteredAt, @Nullable String comment, boolean counted, boolean deleted) {
	}

	public record MarkChangeRecord(UUID markId,
			@Schema(allowableValues = { "corrected", "deleted" }) String kind, @Nullable String oldValue, @Nullable String newValue,
			OffsetDateTime changedAt, String reason) {
	}

	public record GradeRecord(String subjectName, String periodName, String academicYear,
			@Schema(allowableValues = { "period", "year", "exam", "final" }) String kind, @Nullable String value,
			@Nullable LocalDate deferredUntil, @Nullable String deferralReason) {
	}

	public record AttendanceRecord(LocalDate lessonDate, int periodNo, String subjectName,
			@Schema(allowableValues = { "present", "absent", "late", "ill", "excused" }) String status, @Nullable String reason,
			@Nullable Integer minutesLate) {
	}

	/** An achievement as the diary holds it (J12); {@code withdrawn} ones are not shown to the family elsewhere. */
	public record AchievementRecord(@Schema(allowableValues = { "award", "commendation", "olympiad", "competition" }) @Nullable String kind,
			@Schema(allowableValues = { "school", "municipal", "regional", "federal", "international" }) @Nullable String level, @Nullable Integer place, @Nullable LocalDate awardedOn,
			@Nullable String subjectName, @Nullable String issuer, @Nullable String title, boolean withdrawn) {
	}

	/** An entry or exit through the school's entrance (D14). */
	public record PassRecord(LocalDate day,
			@Schema(allowableValues = { "entry", "exit" }) String direction, OffsetDateTime passedAt,
			@Schema(example = "Главный вход") @Nullable String point) {
	}

	public record RecommendationRecord(String subjectName, String text, OffsetDateTime givenAt) {
	}
}
