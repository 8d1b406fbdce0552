package org.ejd.diary.marks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.contracts.journal.PeriodDefined;
import org.ejd.platform.refusal.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools' reporting periods (D1), from journal.period.defined. */
@Repository
public class Periods {

	private final JdbcClient jdbc;

	Periods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void upsert(PeriodDefined p, long version) {
		jdbc.sql("""
				insert into period (id, school_id, academic_year, name, kind, start_date, end_date, closed, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set academic_year = excluded.academic_year, name = excluded.name, kind = excluded.kind,
				  start_date = excluded.start_date, end_date = excluded.end_date, closed = excluded.closed, version = excluded.version
				where period.version < excluded.version""")
			.params(p.periodId(), p.schoolId(), p.academicYear(), p.name(), p.kind(), p.startDate(), p.endDate(), p.closed(), version)
			.update();
	}

	/**
	 * The period asked for, which must be the school's; without one, the shortest period holding the
	 * school's today (a quarter before its year), else the last one begun, else 404.
	 */
	public Period resolve(UUID schoolId, @org.jspecify.annotations.Nullable UUID periodId, LocalDate today) {
		if (periodId != null) {
			return jdbc.sql(SELECT + " where id = ? and school_id = ?").params(periodId, schoolId).query(Period.class).optional()
				.orElseThrow(() -> Refusal.unknown("diary.period.not-found"));
		}
		return current(schoolId, today).orElseThrow(() -> Refusal.unknown("diary.period.none"));
	}

	/** The school's period of that id, if the diary knows it. */
	public Optional<Period> find(UUID schoolId, UUID periodId) {
		return jdbc.sql(SELECT + " where id = ? and school_id = ?").params(periodId, schoolId).query(Period.class).optional();
	}

	public Optional<Period> current(UUID schoolId, LocalDate today) {
		return jdbc.sql(SELECT + """
				 where school_id = ? and start_date <= ?
				order by (end_date >= ?) desc, (end_date - start_date) asc, start_date desc limit 1""")
			.params(schoolId, today, today).query(Period.class).optional();
	}

	/** The school's periods that share a day with the span. */
	public List<Period> overlapping(UUID schoolId, LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " where school_id = ? and start_date <= ? and end_date >= ? order by start_date")
			.params(schoolId, to, from).query(Period.class).list();
	}

	/** The periods of one academic year of the school, in order. */
	public List<Period> ofYear(UUID schoolId, String academicYear) {
		return jdbc.sql(SELECT + " where school_id = ? and academic_year = ? order by start_date, end_date desc")
			.params(schoolId, academicYear).query(Period.class).list();
	}

	private static final String SELECT = "select id, school_id, academic_year, name, kind, start_date, end_date, closed from period";

	public record Period(UUID id, UUID schoolId, String academicYear,
			@Schema(example = "1 четверть") String name,
			@Schema(allowableValues = { "quarter", "trimester", "half-year", "year" }) String kind, LocalDate startDate,
			LocalDate endDate, boolean closed) {

		public boolean holds(LocalDate day) {
			return !day.isBefore(startDate) && !day.isAfter(endDate);
		}
	}
}
