package org.ejd.diary.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.contracts.diary.ComplaintFiled;
import org.ejd.diary.family.Family;
import org.ejd.diary.family.Family.StudentCard;
import org.ejd.diary.marks.Periods;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing a complaint about missing or wrong diary information (D12): the family in the diary (form electronic), or
 * the school desk on the family's behalf from an oral or paper complaint (marked as such, naming the complainant).
 * It is registered with the school's next number and its due day, and diary.complaint.filed goes out.
 */
@Service
public class FilingComplaint {

	static final int MAX_TEXT = 4000;

	static final int MAX_SUBJECT = 200;

	private final Complaints complaints;

	private final ComplaintAccess access;

	private final Family family;

	private final Periods periods;

	private final SchoolTime time;

	private final ComplaintSettings settings;

	private final ApplicationEventPublisher events;

	FilingComplaint(Complaints complaints, ComplaintAccess access, Family family, Periods periods, SchoolTime time,
			ComplaintSettings settings, ApplicationEventPublisher events) {
		this.complaints = complaints;
		this.access = access;
		this.family = family;
		this.periods = periods;
		this.time = time;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * What a complaint says: which subject (optional), which days (a period of the school, or from and to, or neither),
	 * the free text; for the desk also the form ({@code oral} or {@code paper}) and who complains.
	 */
	// the annotations document what file() checks itself (its refusals name the field)
	public record FileComplaint(@Nullable @Size(max = MAX_SUBJECT) String subjectName, @Nullable UUID periodId,
			@Nullable LocalDate from, @Nullable LocalDate to, @Nullable @Size(max = MAX_TEXT) String text,
			@Nullable @Pattern(regexp = "oral|paper") String form, @Nullable UUID complainantId) {
	}

	@Transactional
	public ComplaintView file(Caller caller, UUID studentId, FileComplaint filing) {
		StudentCard student = familyOrDesk(caller, studentId);
		boolean desk = !access.isFamily(caller, studentId);
		String form;
		UUID complainant;
		if (desk) {
			form = filing.form() == null ? "" : filing.form();
			if (!form.equals("oral") && !form.equals("paper")) {
				throw Refusal.invalid("diary.complaint.desk-form");
			}
			if (filing.complainantId() == null || !isFamilyOf(filing.complainantId(), student)) {
				throw Refusal.invalid("diary.complaint.complainant-unknown");
			}
			complainant = filing.complainantId();
		}
		else {
			if (filing.form() != null && !filing.form().equals("electronic")) {
				throw Refusal.invalid("diary.complaint.family-form");
			}
			if (filing.complainantId() != null && !caller.is(filing.complainantId())) {
				throw Refusal.invalid("diary.complaint.family-complainant");
			}
			form = "electronic";
			complainant = caller.person();
		}
		String text = filing.text() == null ? "" : filing.text().strip();
		if (text.isEmpty()) {
			throw Refusal.invalid("diary.complaint.text-missing");
		}
		if (text.length() > MAX_TEXT) {
			throw Refusal.invalid("diary.complaint.text-too-long", MAX_TEXT);
		}
		String subject = filing.subjectName() == null || filing.subjectName().isBlank() ? null : filing.subjectName().strip();
		if (subject != null && subject.length() > MAX_SUBJECT) {
			throw Refusal.invalid("diary.complaint.subject-too-long", MAX_SUBJECT);
		}
		LocalDate from = filing.from();
		LocalDate to = filing.to();
		if (filing.periodId() != null) {
			if (from != null || to != null) {
				throw Refusal.invalid("diary.complaint.period-or-dates");
			}
			var period = periods.find(student.schoolId(), filing.periodId())
				.orElseThrow(() -> Refusal.invalid("diary.complaint.period-unknown"));
			from = period.startDate();
			to = period.endDate();
		}
		else if (from != null || to != null) {
			if (from == null || to == null) {
				throw Refusal.invalid("diary.complaint.dates-both");
			}
			DaySpan.of(from, to, "diary.period.bad");
		}
		Instant now = time.now();
		LocalDate today = time.today(student.schoolId());
		Complaint complaint = new Complaint(UUID.randomUUID(), complaints.nextNumber(student.schoolId(), today.getYear()),
				student.schoolId(), studentId, complainant, form, caller.person(), subject, from, to, text, now, today,
				settings.deadline().dueOn(today), null, null, null, null, null, null);
		complaints.insert(complaint);
		events.publishEvent(new ComplaintEvents.Filed(UUID.randomUUID(), now, new ComplaintFiled(complaint.id(), complaint.number(),
				complaint.schoolId(), studentId, complainant, form, complaint.registeredBy(), subject, from, to, now, complaint.dueOn())));
		return ComplaintView.of(complaint, student, java.util.List.of(), today);
	}

	/** The student, once the caller is of the family or the school desk; else 404. */
	private StudentCard familyOrDesk(Caller caller, UUID studentId) {
		if (access.isFamily(caller, studentId)) {
			return access.student(studentId);
		}
		StudentCard student = family.student(studentId).stream().findFirst().orElse(null);
		if (student == null || !ComplaintAccess.isDesk(caller, student.schoolId())) {
			throw Refusal.unknown("diary.student.not-found");
		}
		return student;
	}

	/** The student themselves, or a guardian representing them on the school's today. */
	private boolean isFamilyOf(UUID person, StudentCard student) {
		return person.equals(student.id()) || family.represents(person, student.id(), time.today(student.schoolId()));
	}
}
