package org.ejd.diary.presence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.contracts.journal.SchoolPassRecorded;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The passes in the diary's read model, and the days read from them. */
@Repository
class PresenceBook {

	private final JdbcClient jdbc;

	PresenceBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A pass is a fact: the first delivery keeps it, a redelivery changes nothing. */
	void add(SchoolPassRecorded p) {
		jdbc.sql("""
				insert into presence_pass (pass_id, school_id, student_id, direction, passed_at, day, point) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (pass_id) do nothing""")
			.params(p.passId(), p.schoolId(), p.studentId(), p.direction(), Timestamp.from(p.passedAt()), p.day(), p.point())
			.update();
	}

	/**
	 * The student's days with a pass between {@code from} and {@code to}, the latest first: arrival is the day's first entry,
	 * leaving its last exit (either absent when the system saw only the other); times in the school's zone.
	 */
	List<Day> days(UUID studentId, LocalDate from, LocalDate to, ZoneId zone) {
		List<Row> rows = jdbc.sql("""
				select day, direction, passed_at, point from presence_pass
				where student_id = ? and day between ? and ? order by day desc, passed_at""")
			.params(studentId, from, to).query(Row.class).list();
		Map<LocalDate, List<Pass>> byDay = new LinkedHashMap<>();
		for (Row r : rows) {
			byDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(new Pass(r.direction(), r.passedAt().atZone(zone).toOffsetDateTime(),
					r.point()));
		}
		List<Day> days = new ArrayList<>();
		byDay.forEach((day, passes) -> days.add(new Day(day,
				passes.stream().filter(p -> p.direction().equals("entry")).map(Pass::at).findFirst().orElse(null),
				passes.reversed().stream().filter(p -> p.direction().equals("exit")).map(Pass::at).findFirst().orElse(null), passes)));
		return days;
	}

	private record Row(LocalDate day, String direction, Instant passedAt, @Nullable String point) {
	}

	/** One school day: when the student arrived and left, and every pass of the day in order. */
	@Schema(name = "PresenceDay") // one schema per feature (springdoc names by simple name)
	record Day(LocalDate day, @Nullable OffsetDateTime arrivedAt, @Nullable OffsetDateTime leftAt, List<Pass> passes) {
	}

	/** An entry or an exit, where the system said. */
	record Pass(@Schema(allowableValues = { "entry", "exit" }) String direction, OffsetDateTime at,
			@Schema(example = "Главный вход") @Nullable String point) {
	}
}
