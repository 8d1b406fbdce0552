package org.ejd.journal.years;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.journal.access.RegionOperators;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's admin or its region's operator closes a school year once all its reporting periods are closed: from
 * then every row dated in it refuses every change (the database's triggers, V33, V47, V49–V51), and its archive,
 * written in the same transaction, is kept with its SHA-256 for whoever administers the school. Only a region operator
 * reopens a closed year, with a reason kept beside the year's old archive (V48, ADR 0047). Both are told to the diary
 * through the outbox in the same transaction (journal.school-year.closed/reopened, ADR 0054).
 */
@Service
public class SchoolYearArchive {

	private final JdbcClient jdbc;

	private final YearArchiveWriter writer;

	private final RegionOperators access;

	private final SchoolTime time;

	private final PersonalDataAudit audit;

	private final ApplicationEventPublisher events;

	SchoolYearArchive(JdbcClient jdbc, YearArchiveWriter writer, RegionOperators access, SchoolTime time,
			PersonalDataAudit audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.access = access;
		this.time = time;
		this.audit = audit;
		this.events = events;
	}

	/** The archive and what it is of. */
	public record Archive(ClosedYear year, byte[] content) {
	}

	@Transactional
	public ClosedYear close(Caller caller, UUID schoolId, String academicYear) {
		requireCloser(caller, schoolId);
		if (find(schoolId, academicYear).isPresent()) {
			throw Refusal.conflict("journal.year.already-closed", academicYear);
		}
		record Span(LocalDate first, LocalDate last, int open) {
		}
		Span span = jdbc.sql("""
				select min(start_date), max(end_date), count(*) filter (where closed_at is null)
				from reporting_period where school_id = ? and academic_year = ?""")
			.params(schoolId, academicYear)
			.query((rs, row) -> new Span(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getInt(3)))
			.single();
		if (span.first() == null) {
			throw Refusal.conflict("journal.year.no-periods", academicYear);
		}
		if (span.open() > 0) {
			throw Refusal.conflict("journal.year.periods-open", academicYear, span.open());
		}
		Instant now = time.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it: the events and later reads agree
		byte[] archive = writer.write(schoolId, academicYear, span.first(), span.last(), now, caller.person());
		ClosedYear closed = new ClosedYear(schoolId, academicYear, span.first(), span.last(), now, caller.person(), archive.length,
				YearArchiveWriter.sha256(archive));
		jdbc.sql("""
				insert into closed_year (school_id, academic_year, first_day, last_day, closed_at, closed_by, archive, archive_sha256)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(schoolId, academicYear, span.first(), span.last(), Timestamp.from(now), caller.person(), archive,
					closed.archiveSha256())
			.update();
		events.publishEvent(new SchoolYearEvents.Closed(closed, 2 * timesReopened(schoolId, academicYear) + 1));
		return closed;
	}

	/** The closed years of a school, newest first. */
	@Transactional(readOnly = true)
	public List<ClosedYear> closedYears(Caller caller, UUID schoolId) {
		requireReader(caller, schoolId);
		return jdbc.sql(SELECT + " where school_id = ? order by academic_year desc").param(schoolId).query(SchoolYearArchive::closedYear)
			.list();
	}

	/** The kept archive of a closed year, exactly as written when it closed. */
	@Transactional(readOnly = true)
	public Archive archive(Caller caller, UUID schoolId, String academicYear) {
		requireReader(caller, schoolId);
		ClosedYear year = find(schoolId, academicYear).orElseThrow(() -> Refusal.unknown("journal.year.not-closed", academicYear));
		byte[] content = jdbc.sql("select archive from closed_year where school_id = ? and academic_year = ?")
			.params(schoolId, academicYear).query(byte[].class).single();
		// the archive holds the personal data of every student in its files: one read for each of them, in one batch
		audit.readAll(caller, YearArchiveWriter.studentsIn(content), "journal-year-archive");
		return new Archive(year, content);
	}

	/** A reopened year: the row it had when closed, and who reopened it, when and why. */
	public record ReopenedYear(ClosedYear year, Instant reopenedAt, UUID reopenedBy, String reason) {
	}

	/**
	 * A region operator serving the school's region reopens a closed year with a reason: its rows take changes again; its
	 * archive as it was, who closed it and who reopened it, when and why are kept in {@code reopened_year}.
	 */
	@Transactional
	public ReopenedYear reopen(Caller caller, UUID schoolId, String academicYear, @Nullable String reason) {
		if (!access.servesSchool(caller, schoolId)) {
			throw Refusal.notAllowed("journal.year.reopen-region-only");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 1000) {
			throw Refusal.invalid("journal.year.reopen-reason");
		}
		ClosedYear year = jdbc.sql(SELECT + " where school_id = ? and academic_year = ? for update").params(schoolId, academicYear)
			.query(SchoolYearArchive::closedYear).optional()
			.orElseThrow(() -> Refusal.conflict("journal.year.not-closed", academicYear));
		Instant now = time.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it: the events and later reads agree
		jdbc.sql("""
				insert into reopened_year (school_id, academic_year, first_day, last_day, closed_at, closed_by, archive, archive_sha256,
				  reopened_at, reopened_by, reopened_via, reason)
				select school_id, academic_year, first_day, last_day, closed_at, closed_by, archive, archive_sha256, ?, ?, ?, ?
				from closed_year where school_id = ? and academic_year = ?""")
			.params(Timestamp.from(now), caller.person(), caller.clientId(), why, schoolId, academicYear).update();
		jdbc.sql("delete from closed_year where school_id = ? and academic_year = ?").params(schoolId, academicYear).update();
		events.publishEvent(new SchoolYearEvents.Reopened(year, now, 2 * timesReopened(schoolId, academicYear)));
		return new ReopenedYear(year, now, caller.person(), why);
	}

	/** The times a school's years were reopened, newest first. */
	@Transactional(readOnly = true)
	public List<ReopenedYear> reopenedYears(Caller caller, UUID schoolId) {
		requireReader(caller, schoolId);
		return jdbc.sql("""
				select school_id, academic_year, first_day, last_day, closed_at, closed_by, length(archive) as bytes, archive_sha256,
				  reopened_at, reopened_by, reason
				from reopened_year where school_id = ? order by reopened_at desc, id desc""")
			.param(schoolId)
			.query((rs, row) -> new ReopenedYear(closedYear(rs, row), rs.getTimestamp("reopened_at").toInstant(),
					rs.getObject("reopened_by", UUID.class), rs.getString("reason")))
			.list();
	}

	private static final String SELECT = """
			select school_id, academic_year, first_day, last_day, closed_at, closed_by, length(archive) as bytes, archive_sha256
			from closed_year""";

	/** How often the year was reopened: its closings and reopenings number the diary's versions of it. */
	private long timesReopened(UUID schoolId, String academicYear) {
		return jdbc.sql("select count(*) from reopened_year where school_id = ? and academic_year = ?").params(schoolId, academicYear)
			.query(Long.class).single();
	}

	private Optional<ClosedYear> find(UUID schoolId, String academicYear) {
		return jdbc.sql(SELECT + " where school_id = ? and academic_year = ?").params(schoolId, academicYear)
			.query(SchoolYearArchive::closedYear).optional();
	}

	private static ClosedYear closedYear(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ClosedYear(rs.getObject("school_id", UUID.class), rs.getString("academic_year"),
				rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
				rs.getTimestamp("closed_at").toInstant(), rs.getObject("closed_by", UUID.class), rs.getLong("bytes"),
				rs.getString("archive_sha256"));
	}

	/** The school's admin, or a region operator serving the school's region. */
	private void requireCloser(Caller caller, UUID schoolId) {
		access.requireSchoolAdminOrRegion(caller, schoolId);
	}

	/** The school's administration (admin, deputy head), or a region operator serving the school's region. */
	private void requireReader(Caller caller, UUID schoolId) {
		access.requireAdministrationOrRegion(caller, schoolId);
	}
}
