package org.ejd.diary.family;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.diary.consent.Consents;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FamilyController {

	private final Family family;

	private final PersonalDataAudit audit;

	private final SchoolTime time;

	private final Consents consents;

	private final MessageSource messages;

	FamilyController(Family family, PersonalDataAudit audit, SchoolTime time, Consents consents, MessageSource messages) {
		this.family = family;
		this.audit = audit;
		this.time = time;
		this.consents = consents;
		this.messages = messages;
	}

	/**
	 * The students whose diaries the caller may read: a guardian's children, or a student themselves. A student whose data
	 * may not be processed (C1) keeps only an id in the list, with the reason: no name, nothing read electronically.
	 */
	@GetMapping("/api/diary/me/students")
	List<MyStudent> myStudents(Locale locale) {
		Caller caller = Callers.current();
		if (caller.personId() == null) {
			return List.of();
		}
		List<Family.StudentCard> students = caller.has(Role.GUARDIAN) ? family.representedBy(caller.person(), time::today)
				: caller.has(Role.STUDENT) ? family.student(caller.person()) : List.of();
		return students.stream().map(student -> {
			if (consents.refused(student.id())) {
				return new MyStudent(student.id(), student.schoolId(), null, null, null, true,
						messages.getMessage("diary.consent.refused", null, locale));
			}
			audit.read(caller, student.id(), "student-card");
			return new MyStudent(student.id(), student.schoolId(), student.lastName(), student.firstName(), student.middleName(),
					false, null);
		}).toList();
	}

	/** A student card; names are null and {@code notice} says why while the student's data may not be processed. */
	record MyStudent(UUID id, UUID schoolId, @Nullable String lastName, @Nullable String firstName, @Nullable String middleName,
			boolean processingRefused,
			@Schema(example = "Семья отказалась от обработки персональных данных обучающегося в электронном виде: сведения дневника не показываются, они хранятся в школе, а семья получает бумажные выписки. Чтобы снова видеть дневник, дайте согласие на обработку данных в школе или на портале.") @Nullable String notice) {
	}
}
