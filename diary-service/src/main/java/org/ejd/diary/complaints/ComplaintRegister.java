package org.ejd.diary.complaints;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.complaints.domain.AnswerDeadline;
import org.ejd.diary.family.Family;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the complaint register (D12): a complaint, a student's complaints for the family, the school's list by due
 * day for its admin and deputy head, and the overdue report for the school and for the region operator of its region.
 */
@Service
public class ComplaintRegister {

	public static final int MAX_LIMIT = 200;

	static final int REPORT_ROWS = 5000;

	private final Complaints complaints;

	private final ComplaintAccess access;

	private final Family family;

	private final SchoolTime time;

	private final PersonalDataAudit audit;

	ComplaintRegister(Complaints complaints, ComplaintAccess access, Family family, SchoolTime time, PersonalDataAudit audit) {
		this.complaints = complaints;
		this.access = access;
		this.family = family;
		this.time = time;
		this.audit = audit;
	}

	/** One complaint for its family or its school's staff; everyone else gets 404. The read is audit-logged. */
	@Transactional(readOnly = true)
	public ComplaintView one(Caller caller, UUID complaintId) {
		Complaint complaint = complaints.find(complaintId).orElseThrow(() -> Refusal.unknown("diary.complaint.not-found"));
		access.requireReader(caller, complaint);
		audit.read(caller, complaint.studentId(), "complaint");
		return view(complaint);
	}

	/** The complaints about a student, newest first, for the student and the guardians representing them. */
	@Transactional(readOnly = true)
	public List<ComplaintView> ofStudent(Caller caller, UUID studentId) {
		if (!access.isFamily(caller, studentId)) {
			throw Refusal.unknown("diary.student.not-found");
		}
		audit.read(caller, studentId, "complaints");
		return complaints.ofStudent(studentId, MAX_LIMIT).stream().map(this::view).toList();
	}

	/** The school's complaints by due day, earliest first ({@code open}, {@code answered} or {@code all}), cursor-paged. */
	@Transactional(readOnly = true)
	public Page ofSchool(Caller caller, UUID schoolId, String status, @Nullable String cursor, int limit) {
		ComplaintAccess.requireStaff(caller, schoolId);
		PageRequest.limit(limit, MAX_LIMIT);
		boolean open = status.equals("open") || status.equals("all");
		boolean closed = status.equals("answered") || status.equals("all");
		if (!open && !closed) {
			throw Refusal.invalid("diary.complaint.status-bad");
		}
		LocalDate afterDue = null;
		UUID afterId = null;
		if (cursor != null) {
			String[] parts = decode(cursor);
			afterDue = LocalDate.parse(parts[0]);
			afterId = UUID.fromString(parts[1]);
		}
		List<Complaint> page = complaints.ofSchool(schoolId, open, closed, afterDue, afterId, limit + 1);
		String next = null;
		if (page.size() > limit) {
			page = page.subList(0, limit);
			Complaint last = page.getLast();
			next = Base64.getUrlEncoder().withoutPadding()
				.encodeToString((last.dueOn() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
		}
		return new Page(page.stream().map(this::view).toList(), next);
	}

	/** The school's open complaints past their due day, for its admin and deputy head. */
	@Transactional(readOnly = true)
	public List<OverdueLine> overdueOfSchool(Caller caller, UUID schoolId) {
		ComplaintAccess.requireStaff(caller, schoolId);
		LocalDate today = time.today(schoolId);
		return complaints.openDueBefore(schoolId, null, today, REPORT_ROWS).stream()
			.map(o -> line(o, today, true)).toList();
	}

	/**
	 * The open complaints past their due day in the schools of a region, each by its school's own today, for the region's
	 * operator; without the students (the region watches the schools' deadlines, not the families).
	 */
	@Transactional(readOnly = true)
	public List<OverdueLine> overdueOfRegion(Caller caller, String regionCode) {
		if (!regionCode.matches("\\d{2}")) {
			throw Refusal.invalid("diary.complaint.region-bad");
		}
		if (!caller.has(Role.REGION_OPERATOR) || !caller.serves(regionCode)) {
			throw Refusal.unknown("diary.complaint.region-not-found");
		}
		// the day after today in the easternmost zone bounds every school's today; each row is then checked in its own zone
		LocalDate latest = LocalDate.ofInstant(time.now(), ZoneOffset.MAX).plusDays(1);
		return complaints.openDueBefore(null, regionCode, latest, REPORT_ROWS).stream()
			.filter(o -> AnswerDeadline.overdue(o.dueOn(), time.today(o.schoolId())))
			.map(o -> line(o, time.today(o.schoolId()), false)).toList();
	}

	/** What the written answer prints: the complaint with its answer, the school's name, the student's name. */
	@Transactional(readOnly = true)
	public ComplaintAnswerPdf.Answer writtenAnswer(Caller caller, UUID complaintId) {
		Complaint complaint = complaints.find(complaintId).orElseThrow(() -> Refusal.unknown("diary.complaint.not-found"));
		access.requireReader(caller, complaint);
		if (!complaint.answered()) {
			throw Refusal.conflict("diary.complaint.not-answered");
		}
		if (!complaint.written()) {
			throw Refusal.conflict("diary.complaint.oral");
		}
		audit.read(caller, complaint.studentId(), "complaint-answer");
		return new ComplaintAnswerPdf.Answer(view(complaint), family.schoolName(complaint.schoolId()).orElse(null),
				!complaint.complainantId().equals(complaint.studentId()));
	}

	ComplaintView view(UUID complaintId) {
		return view(complaints.find(complaintId).orElseThrow(() -> Refusal.unknown("diary.complaint.not-found")));
	}

	private ComplaintView view(Complaint complaint) {
		return ComplaintView.of(complaint, access.student(complaint.studentId()), complaints.entries(complaint.id()),
				time.today(complaint.schoolId()));
	}

	private static OverdueLine line(Complaints.Overdue o, LocalDate today, boolean withStudent) {
		return new OverdueLine(o.id(), o.number(), o.schoolId(), o.schoolName(), withStudent ? o.studentId() : null,
				withStudent ? o.studentName() : null, o.form(), o.subjectName(), o.filedOn(), o.dueOn(),
				AnswerDeadline.daysOverdue(o.dueOn(), today), o.assigneeId() != null);
	}

	private static String[] decode(String cursor) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
			LocalDate.parse(parts[0]);
			UUID.fromString(parts[1]);
			return parts;
		}
		catch (RuntimeException ex) {
			throw Refusal.invalid("diary.reads.bad-cursor");
		}
	}

	@Schema(name = "ComplaintPage") // one schema per feature (springdoc names by simple name)
	public record Page(List<ComplaintView> items, @Nullable String nextCursor) {
	}

	/** A row of the overdue report; the region's rows leave the student out. */
	public record OverdueLine(UUID complaintId,
			@Schema(example = "Ж-2026-17") String number, UUID schoolId, @Nullable String schoolName, @Nullable UUID studentId,
			@Nullable String studentName,
			@Schema(allowableValues = { "electronic", "oral", "paper" }) String form, @Nullable String subjectName, LocalDate filedOn, LocalDate dueOn,
			long daysOverdue, boolean assigned) {
	}
}
