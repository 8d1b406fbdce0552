package org.ejd.identity.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school prints a guardian's or student's application for access (A10, seed 004: «по форме,
 * утверждённой приказом»), pre-filled from the registry, for them to check and sign at the desk. Only the
 * school's own staff (and the operators of its region) print it; for anyone else the person does not exist.
 */
@Service
public class FormPrinting {

	private static final List<Role> STAFF = List.of(Role.SCHOOL_ADMIN, Role.DEPUTY_HEAD, Role.TEACHER, Role.CLASS_TEACHER);

	private final Applicants applicants;

	private final AccessDesks desks;

	private final SchoolTime time;

	private final ApplicationFormPdf pdf;

	private final PersonalDataAudit audit;

	FormPrinting(Applicants applicants, AccessDesks desks, SchoolTime time, ApplicationFormPdf pdf, PersonalDataAudit audit) {
		this.audit = audit;
		this.applicants = applicants;
		this.desks = desks;
		this.time = time;
		this.pdf = pdf;
	}

	@Transactional(readOnly = true)
	public byte[] print(Caller caller, UUID personId, Locale locale) {
		if (STAFF.stream().noneMatch(caller::has) && !caller.has(Role.REGION_OPERATOR)) {
			throw Refusal.notAllowed("identity.form.staff-only");
		}
		Applicants.Applicant applicant = applicants.find(personId)
			.filter(a -> ownSchool(caller, a))
			.orElseThrow(() -> Refusal.unknown("identity.person.not-found"));
		if ("STAFF".equals(applicant.kind())) {
			throw Refusal.againstRule("identity.application.not-applicant");
		}
		LocalDate today = time.today(SchoolTime.zoneOf(applicant.timeZone()));
		List<Applicants.Child> children = "GUARDIAN".equals(applicant.kind()) ? applicants.childrenOf(personId, today) : List.of();
		String formText = desks.find(applicant.schoolId()).map(AccessDesk::formText).orElse(null);
		// the form names the applicant and, for a guardian, the children they represent
		List<UUID> named = new java.util.ArrayList<>(List.of(applicant.id()));
		children.forEach(child -> named.add(child.id()));
		audit.readAll(caller, named, "application-form");
		return pdf.render(applicant, children, formText, today, locale);
	}

	private static boolean ownSchool(Caller caller, Applicants.Applicant applicant) {
		return STAFF.stream().anyMatch(caller::has) && caller.actsIn(applicant.schoolId())
				|| SchoolAccess.operates(caller, applicant.regionCode());
	}
}
