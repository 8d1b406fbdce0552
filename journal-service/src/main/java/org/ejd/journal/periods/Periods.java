package org.ejd.journal.periods;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reporting periods in journal's database. */
@Repository
class Periods {

	private static final String COLUMNS = "id, school_id, academic_year, name, kind, start_date, end_date, closed_at";

	private final JdbcClient jdbc;

	Periods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ReportingPeriod p) {
		jdbc.sql("""
				insert into reporting_period (id, school_id, academic_year, name, kind, start_date, end_date)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.schoolId(), p.academicYear(), p.name(), p.kind().name(), p.startDate(), p.endDate()).update();
	}

	boolean overlaps(UUID schoolId, ReportingPeriod.Kind kind, LocalDate start, LocalDate end) {
		return jdbc.sql("""
				select count(*) from reporting_period where school_id = ? and kind = ? and start_date <= ? and end_date >= ?""")
			.params(schoolId, kind.name(), end, start).query(Integer.class).single() > 0;
	}

	Optional<ReportingPeriod> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from reporting_period where id = ?").param(id).query(Periods::period).optional();
	}

	List<ReportingPeriod> ofYear(UUID schoolId, String academicYear) {
		return jdbc.sql("select " + COLUMNS + " from reporting_period where school_id = ? and academic_year = ? order by start_date, kind")
			.params(schoolId, academicYear).query(Periods::period).list();
	}

	Optional<ReportingPeriod> closedOn(UUID schoolId, LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from reporting_period"
				+ " where school_id = ? and closed_at is not null and start_date <= ? and end_date >= ? limit 1")
			.params(schoolId, day, day).query(Periods::period).optional();
	}

	void close(UUID id, UUID by, Instant at) {
		jdbc.sql("update reporting_period set closed_at = ?, closed_by = ? where id = ? and closed_at is null")
			.params(Timestamp.from(at), by, id).update();
	}

	private static ReportingPeriod period(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new ReportingPeriod(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getString("academic_year"), rs.getString("name"), ReportingPeriod.Kind.valueOf(rs.getString("kind")),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				closed == null ? null : closed.toInstant());
	}
}
