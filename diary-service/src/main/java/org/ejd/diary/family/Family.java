package org.ejd.diary.family;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.jdbc.Representations;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.SchoolZones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who represents whom, the students' names and the schools' time zones: diary's projection of identity's events. */
@Repository
public class Family implements SchoolZones {

	private final JdbcClient jdbc;

	private final Representations representations;

	/**
	 * A student's school's zone, read on every diary request for "today": kept a minute (a school's zone and a student's
	 * school change once in years), dropped here at once when identity tells of a change to either.
	 */
	private final Cache<UUID, ZoneId> studentZones = Caffeine.newBuilder().maximumSize(500_000)
		.expireAfterWrite(Duration.ofMinutes(1)).build();

	private final Cache<UUID, ZoneId> schoolZones = Caffeine.newBuilder().maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(1)).build();

	Family(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.representations = new Representations(jdbc);
	}

	void upsertSchool(UUID id, @Nullable String name, @Nullable String timeZone, @Nullable String regionCode, long version) {
		jdbc.sql("""
				insert into school (id, name, time_zone, region_code, version) values (?, ?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, time_zone = excluded.time_zone, region_code = excluded.region_code,
				  version = excluded.version
				where school.version < excluded.version""").params(id, name, timeZone, regionCode, version).update();
		studentZones.invalidateAll();
		schoolZones.invalidate(id);
	}

	/**
	 * The schools that have students, in id order, for the jobs that go school by school (weekly forecasts, paper
	 * batches): a skip over the students' school index, one probe a school, where {@code select distinct} read every
	 * student of the region (1 M at scale 1.0) every five minutes for each job.
	 */
	public List<UUID> schoolsWithStudents() {
		return jdbc.sql("""
				with recursive schools (id) as (
				  (select school_id from student order by school_id limit 1)
				  union all
				  select (select s.school_id from student s where s.school_id > schools.id order by s.school_id limit 1)
				  from schools where schools.id is not null)
				select id from schools where id is not null""").query(UUID.class).list();
	}

	/** The students of the school, in id order. */
	public List<UUID> studentsOf(UUID schoolId) {
		return jdbc.sql("select id from student where school_id = ? order by id").param(schoolId).query(UUID.class).list();
	}

	/** The time zone of the student's school, once identity has told both. */
	public Optional<ZoneId> zoneOfStudent(UUID studentId) {
		return Optional.ofNullable(studentZones.get(studentId, id -> jdbc.sql("""
				select sc.time_zone from student s join school sc on sc.id = s.school_id where s.id = ?""")
			.param(id).query(String.class).optional().flatMap(SchoolTime::parseZone).orElse(null)));
	}

	/** The school's name for a printed header, once identity has told it. */
	public Optional<String> schoolName(UUID schoolId) {
		return jdbc.sql("select name from school where id = ? and name is not null").param(schoolId).query(String.class).optional();
	}

	@Override
	public Optional<ZoneId> zoneOf(UUID schoolId) {
		return Optional.ofNullable(schoolZones.get(schoolId, id -> jdbc.sql("select time_zone from school where id = ?").param(id)
			.query(String.class).optional().flatMap(SchoolTime::parseZone).orElse(null)));
	}

	void upsertStudent(UUID id, UUID schoolId, String lastName, String firstName, @Nullable String middleName,
			@Nullable LocalDate birthDate, long version) {
		jdbc.sql("""
				insert into student (id, school_id, last_name, first_name, middle_name, birth_date, version) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set school_id = excluded.school_id, last_name = excluded.last_name,
				  first_name = excluded.first_name, middle_name = excluded.middle_name, birth_date = excluded.birth_date,
				  version = excluded.version
				where student.version < excluded.version""")
			.params(id, schoolId, lastName, firstName, middleName, birthDate, version).update();
		studentZones.invalidate(id);
	}

	/** The student's birth date, once identity has told it: an adult student exports their own data (152-FZ art. 14). */
	public Optional<LocalDate> birthDate(UUID studentId) {
		return jdbc.sql("select birth_date from student where id = ? and birth_date is not null").param(studentId)
			.query(LocalDate.class).optional();
	}

	/** The representations, kept the one way (platform {@link Representations}); fed by {@link IdentityEvents}. */
	Representations representations() {
		return representations;
	}

	/** Whether the guardian represents the student on the day. */
	public boolean represents(UUID guardianId, UUID studentId, LocalDate day) {
		return representations.represents(guardianId, studentId, day);
	}

	/** The students the guardian represents on each student's own school day. */
	public List<StudentCard> representedBy(UUID guardianId, java.util.function.Function<UUID, LocalDate> todayAtSchool) {
		return jdbc.sql("""
				select s.id, s.school_id, s.last_name, s.first_name, s.middle_name, r.active_from, r.active_to from representation r
				join student s on s.id = r.student_id
				where r.guardian_id = ? and r.active_from is not null
				order by s.last_name, s.first_name""").param(guardianId).query(Represented.class).list().stream()
			.filter(r -> r.activeOn(todayAtSchool.apply(r.schoolId())))
			.map(r -> new StudentCard(r.id(), r.schoolId(), r.lastName(), r.firstName(), r.middleName()))
			.distinct()
			.toList();
	}

	public List<StudentCard> student(UUID studentId) {
		return jdbc.sql("select id, school_id, last_name, first_name, middle_name from student where id = ?")
			.param(studentId).query(StudentCard.class).list();
	}

	private record Represented(UUID id, UUID schoolId, String lastName, String firstName, @Nullable String middleName,
			LocalDate activeFrom, @Nullable LocalDate activeTo) {

		boolean activeOn(LocalDate day) {
			return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
		}
	}

	public record StudentCard(UUID id, UUID schoolId, String lastName, String firstName, @Nullable String middleName) {
	}
}
