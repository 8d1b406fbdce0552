package org.ejd.diary.years;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.ejd.contracts.journal.SchoolYearClosed;
import org.ejd.contracts.journal.SchoolYearReopened;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools' closed and reopened years, from journal.school-year.closed/reopened (versioned upserts). */
@Repository
public class SchoolYears {

	private final JdbcClient jdbc;

	SchoolYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A school year the journal closed or reopened: {@code archived} while it is closed into the journal's read-only archive
	 * (since {@code closedAt}); {@code reopenedAt} when the region last reopened it (with {@code archived} false: open again
	 * since then; with {@code archived} true: closed again afterwards). A year never closed has no state.
	 */
	public record YearState(String academicYear, boolean archived, Instant closedAt, @Nullable Instant reopenedAt) {

		/** The state read from {@link SchoolYears#columns}, null when the row joined none. */
		public static @Nullable YearState of(ResultSet rs) throws SQLException {
			String year = rs.getString("academic_year_state");
			if (year == null) {
				return null;
			}
			Timestamp reopened = rs.getTimestamp("year_reopened_at");
			return new YearState(year, rs.getBoolean("year_archived"), rs.getTimestamp("year_closed_at").toInstant(),
					reopened == null ? null : reopened.toInstant());
		}
	}

	/** The columns of {@link YearState#of} from a school_year joined as {@code alias}. */
	public static String columns(String alias) {
		return alias + ".academic_year as academic_year_state, " + alias + ".archived as year_archived, " + alias
				+ ".closed_at as year_closed_at, " + alias + ".reopened_at as year_reopened_at";
	}

	public void closed(SchoolYearClosed year, long version) {
		jdbc.sql("""
				insert into school_year (school_id, academic_year, first_day, last_day, archived, closed_at, version)
				values (?, ?, ?, ?, true, ?, ?)
				on conflict (school_id, academic_year) do update set first_day = excluded.first_day, last_day = excluded.last_day,
				  archived = true, closed_at = excluded.closed_at, version = excluded.version
				where school_year.version < excluded.version""")
			.params(year.schoolId(), year.academicYear(), year.firstDay(), year.lastDay(), Timestamp.from(year.closedAt()), version)
			.update();
	}

	public void reopened(SchoolYearReopened year, long version) {
		jdbc.sql("""
				insert into school_year (school_id, academic_year, first_day, last_day, archived, closed_at, reopened_at, version)
				values (?, ?, ?, ?, false, ?, ?, ?)
				on conflict (school_id, academic_year) do update set first_day = excluded.first_day, last_day = excluded.last_day,
				  archived = false, closed_at = excluded.closed_at, reopened_at = excluded.reopened_at, version = excluded.version
				where school_year.version < excluded.version""")
			.params(year.schoolId(), year.academicYear(), year.firstDay(), year.lastDay(), Timestamp.from(year.closedAt()),
					Timestamp.from(year.reopenedAt()), version)
			.update();
	}
}
