package org.ejd.diary.portal;

import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.marks.ContentTags;
import org.ejd.diary.family.Family;
import org.ejd.diary.forecast.Forecasts;
import org.ejd.diary.marks.DiaryMarks;
import org.ejd.diary.statements.Statement;
import org.ejd.diary.statements.Statements;
import org.ejd.diary.week.WeekAnswers;
import org.ejd.diary.week.WeekView;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.ejd.platform.web.SendsETag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * A connected regional portal (client credentials, role {@code portal}) reads for the user it linked, by its own user
 * id, what that user reads in the diary as a guardian or a student: the students, a week, marks, the forecast and a
 * statement. Every read is audited with the portal client as the reader. An unlinked user, a student the user may not
 * read and a student outside the portal's regions all answer 404.
 */
@RestController
@RequestMapping("/api/diary/portal/users/{portalUserId}")
class PortalDiaryController {

	private final PortalLinks links;

	private final PortalProperties properties;

	private final DiaryAccess access;

	private final Family family;

	private final SchoolTime time;

	private final WeekAnswers weekAnswers;

	private final DiaryMarks marks;

	private final Forecasts forecasts;

	private final Statements statements;

	PortalDiaryController(PortalLinks links, PortalProperties properties, DiaryAccess access, Family family, SchoolTime time,
			WeekAnswers weekAnswers, DiaryMarks marks, Forecasts forecasts, Statements statements) {
		this.links = links;
		this.properties = properties;
		this.access = access;
		this.family = family;
		this.time = time;
		this.weekAnswers = weekAnswers;
		this.marks = marks;
		this.forecasts = forecasts;
		this.statements = statements;
	}

	/** The students the linked user reads: their own diary (a student) or the students they represent today (a guardian). */
	@GetMapping("/students")
	List<Family.StudentCard> students(@PathVariable @Size(max = 255) String portalUserId) {
		Linked linked = linked(portalUserId);
		List<Family.StudentCard> candidates = new ArrayList<>(family.student(linked.person()));
		candidates.addAll(family.representedBy(linked.person(), time::today));
		List<Family.StudentCard> readable = new ArrayList<>();
		for (Family.StudentCard student : candidates) {
			try {
				access.readForPortal(linked.portal(), linked.person(), student.id(), "students", linked.regions());
				readable.add(student);
			}
			catch (Refusal refused) {
				// outside the portal's regions, or processing refused (C1): not listed
			}
		}
		return readable;
	}

	/**
	 * The week the linked user reads, the same bytes and ETag as theirs: {@code If-None-Match} with it answers 304, and the
	 * week is answered from memory while its stamp, read by the access check's own statement, is unchanged (ADR 0081).
	 */
	@GetMapping(path = "/students/{studentId}/week", produces = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "200", description = "The week", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = WeekView.class)))
	@Parameter(in = ParameterIn.HEADER, name = "If-None-Match", description = ContentTags.IF_NONE_MATCH, schema = @Schema(type = "string"))
	@SendsETag
	ResponseEntity<byte[]> week(@PathVariable @Size(max = 255) String portalUserId, @PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			WebRequest request) {
		Linked linked = linked(portalUserId);
		String stamp = access.readForPortalSelecting(linked.portal(), linked.person(), studentId, "week", linked.regions(),
				WeekAnswers.STAMP);
		LocalDate today = access.today(studentId);
		return weekAnswers.answer(studentId, (date != null ? date : today).with(DayOfWeek.MONDAY), today, stamp, request);
	}

	@GetMapping("/students/{studentId}/marks")
	List<DiaryMarks.DiaryMark> marks(@PathVariable @Size(max = 255) String portalUserId, @PathVariable UUID studentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		LocalDate end = to != null ? to : access.today(studentId);
		LocalDate start = from != null ? from : end.minusDays(30);
		DiaryAccess.checkSpan(start, end);
		read(portalUserId, studentId, "marks");
		return marks.ofStudent(studentId, start, end);
	}

	@GetMapping("/students/{studentId}/forecast")
	Forecasts.ForecastView forecast(@PathVariable @Size(max = 255) String portalUserId, @PathVariable UUID studentId,
			@RequestParam(required = false) @Nullable UUID periodId) {
		read(portalUserId, studentId, "forecast");
		return forecasts.of(studentId, periodId);
	}

	@GetMapping("/students/{studentId}/statement")
	Statement statement(@PathVariable @Size(max = 255) String portalUserId, @PathVariable UUID studentId,
			@RequestParam(required = false) @Nullable UUID periodId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		read(portalUserId, studentId, "statement");
		DaySpan span = statements.span(studentId, periodId, from, to);
		return statements.of(studentId, span, access.today(studentId));
	}

	private void read(String portalUserId, UUID studentId, String what) {
		Linked linked = linked(portalUserId);
		access.readForPortal(linked.portal(), linked.person(), studentId, what, linked.regions());
	}

	/** Only a portal client reads here, and only for a user it linked itself: everyone else finds nobody. */
	private Linked linked(String portalUserId) {
		Caller caller = Callers.current();
		if (!caller.has(Role.PORTAL) || caller.personId() != null) {
			throw Refusal.unknown("diary.portal-user.not-found");
		}
		UUID person = links.personOf(caller.clientId(), portalUserId)
			.orElseThrow(() -> Refusal.unknown("diary.portal-user.not-found"));
		return new Linked(caller, person, properties.regionsOf(caller.clientId()));
	}

	private record Linked(Caller portal, UUID person, Set<String> regions) {
	}
}
