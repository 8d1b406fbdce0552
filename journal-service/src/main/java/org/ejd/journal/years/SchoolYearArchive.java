package org.ejd.journal.years;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.directory.Directory;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's admin or its region's operator closes a school year once all its reporting periods are closed: from
 * then on its marks, lessons, attendance, grades and periods refuse every change (the database's triggers, V33), and
 * its archive, written in the same transaction, is kept with its SHA-256 for whoever administers the school.
 */
@Service
public class SchoolYearArchive {

	private final JdbcClient jdbc;

	private final YearArchiveWriter writer;

	private final SchoolRoles roles;

	private final Directory directory;

	private final SchoolTime time;

	SchoolYearArchive(JdbcClient jdbc, YearArchiveWriter writer, SchoolRoles roles, Directory directory, SchoolTime time) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.roles = roles;
		this.directory = directory;
		this.time = time;
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
		Instant now = time.now();
		byte[] archive = writer.write(schoolId, academicYear, span.first(), span.last(), now, caller.person());
		ClosedYear closed = new ClosedYear(schoolId, academicYear, span.first(), span.last(), now, caller.person(), archive.length,
				YearArchiveWriter.sha256(archive));
		jdbc.sql("""
				insert into closed_year (school_id, academic_year, first_day, last_day, closed_at, closed_by, archive, archive_sha256)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(schoolId, academicYear, span.first(), span.last(), Timestamp.from(now), caller.person(), archive,
					closed.archiveSha256())
			.update();
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
		return new Archive(year, content);
	}

	private static final String SELECT = """
			select school_id, academic_year, first_day, last_day, closed_at, closed_by, length(archive) as bytes, archive_sha256
			from closed_year""";

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
		if (!servesAsRegionOperator(caller, schoolId)) {
			roles.requireSchoolAdmin(caller, schoolId);
		}
	}

	/** The school's administration (admin, deputy head), or a region operator serving the school's region. */
	private void requireReader(Caller caller, UUID schoolId) {
		if (!servesAsRegionOperator(caller, schoolId)) {
			roles.requireAdministration(caller, schoolId);
		}
	}

	private boolean servesAsRegionOperator(Caller caller, UUID schoolId) {
		if (!caller.has(Role.REGION_OPERATOR)) {
			return false;
		}
		if (!directory.regionOfSchool(schoolId).filter(caller::serves).isPresent()) {
			throw Refusal.notAllowed("journal.school.other-region", schoolId);
		}
		return true;
	}
}
