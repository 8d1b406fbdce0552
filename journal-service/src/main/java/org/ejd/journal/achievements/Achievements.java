package org.ejd.journal.achievements;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Achievements and every version of each in journal's database. */
@Repository
class Achievements {

	private static final String SELECT = """
			select a.id, a.school_id, a.student_id, a.kind, a.level, a.place, a.awarded_on, a.subject_id, s.name as subject_name,
			  a.issuer, a.title, a.recorded_by, a.recorded_at, a.withdrawn, a.version
			from achievement a left join subject s on s.id = a.subject_id""";

	private final JdbcClient jdbc;

	Achievements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Achievement a) {
		jdbc.sql("""
				insert into achievement (id, school_id, student_id, kind, level, place, awarded_on, subject_id, issuer, title,
				  recorded_by, recorded_at, withdrawn, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)""")
			.params(a.id(), a.schoolId(), a.studentId(), a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectId(), a.issuer(),
					a.title(), a.recordedBy(), Timestamp.from(a.recordedAt()), a.version())
			.update();
	}

	Optional<Achievement> find(UUID id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Achievement.class).optional();
	}

	/** The achievement locked for a change by this transaction. */
	Optional<Achievement> lock(UUID id) {
		jdbc.sql("select id from achievement where id = ? for update").param(id).query(UUID.class).optional();
		return find(id);
	}

	/** Writes the new state if the stored version is still {@code expected}; false when someone changed it first. */
	boolean update(Achievement a, boolean withdrawn, long expected) {
		return jdbc.sql("""
				update achievement set kind = ?, level = ?, place = ?, awarded_on = ?, subject_id = ?, issuer = ?, title = ?,
				  withdrawn = ?, version = ? where id = ? and version = ?""")
			.params(a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectId(), a.issuer(), a.title(), withdrawn, a.version(), a.id(),
					expected)
			.update() == 1;
	}

	void remember(Achievement a, String action, UUID by, Instant at, @Nullable String reason) {
		jdbc.sql("""
				insert into achievement_history (achievement_id, version, action, kind, level, place, awarded_on, subject_id, issuer,
				  title, changed_by, changed_at, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.version(), action, a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectId(), a.issuer(), a.title(),
					by, Timestamp.from(at), reason)
			.update();
	}

	/** The student's achievements, the latest awarded first; withdrawn ones too, so the staff see what was withdrawn. */
	List<Achievement> ofStudent(UUID studentId, int limit) {
		return jdbc.sql(SELECT + " where a.student_id = ? order by a.awarded_on desc, a.recorded_at desc limit ?")
			.params(studentId, limit).query(Achievement.class).list();
	}

	List<Version> history(UUID id) {
		return jdbc.sql("""
				select h.version, h.action, h.kind, h.level, h.place, h.awarded_on, h.subject_id, s.name as subject_name, h.issuer,
				  h.title, h.changed_by, h.changed_at, h.reason
				from achievement_history h left join subject s on s.id = h.subject_id
				where h.achievement_id = ? order by h.version""").param(id).query(Version.class).list();
	}

	/** One version of an achievement: what it said, who wrote it, when and why. */
	record Version(long version,
			@Schema(allowableValues = { "recorded", "corrected", "withdrawn" }) String action,
			@Schema(allowableValues = { "award", "commendation", "olympiad", "competition" }) String kind,
			@Schema(allowableValues = { "school", "municipal", "regional", "federal", "international" }) String level, @Nullable Integer place, LocalDate awardedOn,
			@Nullable UUID subjectId, @Nullable String subjectName, String issuer, String title, UUID changedBy, Instant changedAt,
			@Nullable String reason) {
	}
}
