package org.ejd.diary.achievements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Achievements in the diary's read model: the latest version of each, withdrawn ones hidden from families. */
@Repository
public class DiaryAchievements {

	private final JdbcClient jdbc;

	DiaryAchievements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recorded or corrected: the whole achievement at that version, unless a later one is already here. */
	void upsert(UUID id, UUID studentId, Achievement a, long version) {
		jdbc.sql("""
				insert into achievement (id, student_id, kind, level, place, awarded_on, subject_name, issuer, title, withdrawn, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)
				on conflict (id) do update set kind = excluded.kind, level = excluded.level, place = excluded.place,
				  awarded_on = excluded.awarded_on, subject_name = excluded.subject_name, issuer = excluded.issuer,
				  title = excluded.title, version = excluded.version
				where achievement.version < excluded.version and not achievement.withdrawn""")
			.params(id, studentId, a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectName(), a.issuer(), a.title(), version)
			.update();
	}

	/** Withdrawn: hidden from families for good, whatever order the versions arrive in. */
	void withdraw(UUID id, UUID studentId, long version) {
		jdbc.sql("""
				insert into achievement (id, student_id, withdrawn, version) values (?, ?, true, ?)
				on conflict (id) do update set withdrawn = true, version = greatest(achievement.version, excluded.version)""")
			.params(id, studentId, version).update();
	}

	/** The student's achievements, the latest awarded first; withdrawn ones are not shown. */
	public List<Achievement> of(UUID studentId, @Nullable LocalDate from, @Nullable LocalDate to) {
		return jdbc.sql("""
				select kind, level, place, awarded_on, subject_name, issuer, title from achievement
				where student_id = ? and not withdrawn and (cast(? as date) is null or awarded_on >= cast(? as date))
				  and (cast(? as date) is null or awarded_on <= cast(? as date))
				order by awarded_on desc, title""")
			.params(studentId, from, from, to, to).query(Achievement.class).list();
	}

	/**
	 * An achievement as the family reads it: {@code kind} award, commendation, olympiad or competition; {@code level}
	 * school, municipal, regional, federal or international; {@code place} absent where none was given.
	 */
	public record Achievement(@Schema(allowableValues = { "award", "commendation", "olympiad", "competition" }) String kind,
			@Schema(allowableValues = { "school", "municipal", "regional", "federal", "international" }) String level, @Nullable Integer place, LocalDate awardedOn, @Nullable String subjectName,
			String issuer, String title) {

		/** «Олимпиада, муниципальный уровень, 2 место», as a statement prints it. */
		public String describedInRussian() {
			String kindRu = switch (kind) {
				case "award" -> "Награда";
				case "commendation" -> "Поощрение";
				case "olympiad" -> "Олимпиада";
				case "competition" -> "Конкурс";
				default -> kind;
			};
			String levelRu = switch (level) {
				case "school" -> "школьный";
				case "municipal" -> "муниципальный";
				case "regional" -> "региональный";
				case "federal" -> "всероссийский";
				case "international" -> "международный";
				default -> level;
			};
			return kindRu + ", " + levelRu + " уровень" + (place != null ? ", " + place + " место" : "");
		}
	}
}
