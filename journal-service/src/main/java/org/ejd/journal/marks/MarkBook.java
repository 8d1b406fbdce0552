package org.ejd.journal.marks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.marks.domain.Mark;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's mark book: posting a mark saves it and its {@link MarkPosted} event in one
 * transaction (the outbox relays the event). A teacher writes only within their assignments,
 * for students enrolled in that class group on the day of the work.
 */
@Service
public class MarkBook {

	private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Moscow");

	private final Marks marks;

	private final ClassBook classes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PersonalDataAudit audit;

	MarkBook(Marks marks, ClassBook classes, ApplicationEventPublisher events, PersonalDataAudit audit) {
		this.marks = marks;
		this.classes = classes;
		this.events = events;
		this.audit = audit;
		this.clock = Clock.system(SCHOOL_ZONE);
	}

	@Transactional
	public Mark post(Caller caller, PostMark command) {
		ClassGroup group = classes.find(command.classGroupId())
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.class-group.not-found"));
		UUID teacher = caller.person();
		if (!caller.has(Role.TEACHER) || !classes.teaches(teacher, command.subjectId(), group.id(), command.workDate())) {
			throw ApiException.forbidden("journal.mark.not-your-assignment");
		}
		MarkValue value = MarkValue.parse(command.value())
			.orElseThrow(() -> ApiException.badRequest("journal.mark.bad-value", command.value()));
		LocalDate today = LocalDate.now(clock);
		if (command.workDate().isAfter(today)) {
			throw ApiException.badRequest("journal.mark.future-date");
		}
		if (!classes.enrolledOn(group.id(), command.studentId(), command.workDate())) {
			throw ApiException.unprocessable("journal.mark.not-enrolled");
		}
		double weight = command.weight() != null ? command.weight() : command.workType().defaultWeight();
		if (weight <= 0 || weight > 10) {
			throw ApiException.badRequest("journal.mark.bad-weight");
		}
		String subjectName = classes.subject(command.subjectId()).orElseThrow().name();
		Mark mark = new Mark(UUID.randomUUID(), group.schoolId(), command.studentId(), group.id(), command.subjectId(), teacher,
				value, command.workType(), weight, command.workDate(), Instant.now(clock),
				command.workType().onTime(command.workDate(), today), command.comment(), 1);
		marks.insert(mark);
		events.publishEvent(new MarkPosted(mark, subjectName));
		return mark;
	}

	/** The marks of a class group in a subject, for its teachers and the school's administration. */
	@Transactional(readOnly = true)
	public List<Marks.MarkRow> ofClassGroup(Caller caller, UUID classGroupId, UUID subjectId) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.class-group.not-found"));
		boolean administration = caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.DEPUTY_HEAD);
		boolean teacher = caller.personId() != null
				&& classes.teaches(caller.person(), subjectId, group.id(), LocalDate.now(clock));
		if (!administration && !teacher) {
			throw ApiException.forbidden("journal.mark.not-your-assignment");
		}
		List<Marks.MarkRow> rows = marks.ofClassGroup(classGroupId, subjectId);
		rows.stream().map(Marks.MarkRow::studentId).distinct().forEach(student -> audit.read(caller, student, "journal-marks"));
		return rows;
	}
}
