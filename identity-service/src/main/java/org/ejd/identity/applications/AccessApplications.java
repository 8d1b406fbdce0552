package org.ejd.identity.applications;

import static org.ejd.platform.jdbc.UtcTimestamps.at;
import static org.ejd.platform.jdbc.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.identity.applications.domain.AccessApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Access applications in identity's database, read together with the applicant's name and the school. */
@Repository
public class AccessApplications {

	private static final String SELECT = """
			select a.*, p.last_name, p.first_name, p.middle_name, s.name as school_name, s.time_zone, s.region_code
			from access_application a join person p on p.id = a.person_id join school s on s.id = a.school_id
			""";

	private final JdbcClient jdbc;

	AccessApplications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AccessApplication a) {
		jdbc.sql("""
				insert into access_application (id, person_id, school_id, applicant, channel, submitted_by, submitted_client,
				  registered_at, registered_on, deadline, status, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.personId(), a.schoolId(), a.applicant().name(), a.channel().name(), a.submittedBy(),
					a.submittedClient(), at(a.registeredAt()), a.registeredOn(), a.deadline(), a.status().name(), a.version())
			.update();
	}

	public Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(AccessApplications::row).optional();
	}

	/** The application, locked for this transaction: decisions on one application happen one at a time. */
	public Optional<Row> lock(UUID id) {
		return jdbc.sql(SELECT + " where a.id = ? for update of a").param(id).query(AccessApplications::row).optional();
	}

	boolean openExists(UUID personId) {
		return jdbc.sql("select count(*) from access_application where person_id = ? and status = 'OPEN'")
			.param(personId).query(Integer.class).single() > 0;
	}

	/** @return the application's new version */
	long refuse(UUID id, String reason, String decidedBy, Instant at) {
		return jdbc.sql("""
				update access_application set status = 'REFUSED', refusal_reason = ?, decided_by = ?, decided_at = ?,
				  version = version + 1 where id = ? returning version""")
			.params(reason, decidedBy, at(at), id).query(Long.class).single();
	}

	/** The school answered the application with an access code (again, when an earlier one expired or was locked). */
	public long codeIssued(UUID id, String decidedBy, Instant at) {
		return jdbc.sql("""
				update access_application set status = 'CODE_ISSUED', decided_by = ?, decided_at = ?,
				  code_issued_at = ?, version = version + 1 where id = ? returning version""")
			.params(decidedBy, at(at), at(at), id).query(Long.class).single();
	}

	/**
	 * Open applications whose deadline is on or before {@code lastDay} and of which the school was not yet
	 * told that the deadline passed, locked (other instances skip them), with whether it was warned.
	 */
	List<Remindable> remindable(LocalDate lastDay, int limit) {
		return jdbc.sql(SELECT + " where a.status = 'OPEN' and a.deadline <= ? and a.overdue_told_at is null"
				+ " order by a.deadline limit ? for update of a skip locked")
			.params(lastDay, limit).query((rs, n) -> new Remindable(row(rs, n), rs.getTimestamp("warned_at") != null)).list();
	}

	record Remindable(Row row, boolean warned) {
	}

	/** The school was warned ({@code passed} false) or told that the deadline passed; @return the new version */
	long reminded(UUID id, boolean passed, Instant at) {
		return jdbc.sql("update access_application set " + (passed ? "overdue_told_at" : "warned_at")
				+ " = ?, version = version + 1 where id = ? returning version").params(at(at), id).query(Long.class).single();
	}

	List<Row> ofSchool(UUID schoolId) {
		return jdbc.sql(SELECT + " where a.school_id = ? order by a.registered_at").param(schoolId)
			.query(AccessApplications::row).list();
	}

	/**
	 * Open applications of these schools whose deadline lies before {@code latestToday} (today in the
	 * most eastern time zone); the caller compares each with today in its own school's zone.
	 */
	List<Row> openDueBefore(LocalDate latestToday, Collection<UUID> schools) {
		if (schools.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where a.status = 'OPEN' and a.deadline < :day and a.school_id in (:schools) order by s.name, a.deadline")
			.param("day", latestToday).param("schools", schools).query(AccessApplications::row).list();
	}

	/** As {@link #openDueBefore}, for every school of these regions. */
	List<Row> openDueInRegionsBefore(LocalDate latestToday, Collection<String> regions) {
		if (regions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where a.status = 'OPEN' and a.deadline < :day and s.region_code in (:regions) order by s.name, a.deadline")
			.param("day", latestToday).param("regions", regions).query(AccessApplications::row).list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		AccessApplication a = new AccessApplication(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getObject("school_id", UUID.class), AccessApplication.Applicant.valueOf(rs.getString("applicant")),
				AccessApplication.Channel.valueOf(rs.getString("channel")), rs.getString("submitted_by"),
				rs.getString("submitted_client"), instant(rs, "registered_at"), rs.getObject("registered_on", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), AccessApplication.Status.valueOf(rs.getString("status")),
				rs.getString("refusal_reason"), instant(rs, "decided_at"), instant(rs, "code_issued_at"), rs.getLong("version"));
		return new Row(a, rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name"),
				rs.getString("school_name"), rs.getString("time_zone"), rs.getString("region_code"));
	}

	/** An application with what a desk shows beside it, and its school's region, which decides who may see it. */
	public record Row(AccessApplication application, String lastName, String firstName, @Nullable String middleName,
			String schoolName, String timeZone, String regionCode) {
	}
}
