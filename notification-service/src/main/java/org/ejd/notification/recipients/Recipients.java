package org.ejd.notification.recipients;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ejd.contracts.consent.PreferencesChanged;
import org.ejd.platform.jdbc.Representations;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.SchoolZones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * notification-service's projection of identity's and consent's events: schools and their zones,
 * students and guardians, representations, consent, delivery form, verified contacts and
 * preferences. Every upsert is versioned, so a replay from the start of the topics ends in the
 * current state. Contacts are read only to send; they never reach a log line.
 */
@Repository
public class Recipients implements SchoolZones {

	private final JdbcClient jdbc;

	private final Representations representations;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.representations = new Representations(jdbc);
	}

	void upsertSchool(UUID id, @Nullable String timeZone, long version) {
		jdbc.sql("""
				insert into known_school (id, time_zone, version) values (?, ?, ?)
				on conflict (id) do update set time_zone = excluded.time_zone, version = excluded.version
				where known_school.version < excluded.version""").params(id, timeZone, version).update();
	}

	@Override
	public Optional<ZoneId> zoneOf(UUID schoolId) {
		return jdbc.sql("select time_zone from known_school where id = ?").param(schoolId).query(String.class).optional()
			.flatMap(SchoolTime::parseZone);
	}

	void upsertPerson(UUID id, String kind, @Nullable UUID schoolId, String firstName, @Nullable LocalDate birthDate, long version) {
		jdbc.sql("""
				insert into person (id, kind, school_id, first_name, birth_date, version) values (?, ?, ?, ?, ?, ?)
				on conflict (id) do update set kind = excluded.kind, school_id = excluded.school_id,
				  first_name = excluded.first_name, birth_date = excluded.birth_date, version = excluded.version
				where person.version < excluded.version""")
			.params(id, kind, schoolId, firstName, birthDate, version).update();
	}

	void establish(UUID id, UUID guardianId, UUID studentId, LocalDate from, @Nullable LocalDate to, long version) {
		representations.established(id, guardianId, studentId, from, to, version);
	}

	void end(UUID id, UUID guardianId, UUID studentId, LocalDate endedOn, long version) {
		representations.ended(id, guardianId, studentId, endedOn, version);
	}

	void consent(UUID personId, boolean processingAllowed, long version) {
		jdbc.sql("""
				insert into consent_state (person_id, processing_allowed, version) values (?, ?, ?)
				on conflict (person_id) do update set processing_allowed = excluded.processing_allowed, version = excluded.version
				where consent_state.version < excluded.version""").params(personId, processingAllowed, version).update();
	}

	void deliveryForm(UUID personId, String form, long version) {
		jdbc.sql("""
				insert into delivery_form (person_id, form, version) values (?, ?, ?)
				on conflict (person_id) do update set form = excluded.form, version = excluded.version
				where delivery_form.version < excluded.version""").params(personId, form, version).update();
	}

	void contactVerified(UUID personId, String channel, UUID contactId, String destination, String masked, long version) {
		jdbc.sql("""
				insert into contact (person_id, channel, contact_id, destination, masked, usable, version) values (?, ?, ?, ?, ?, true, ?)
				on conflict (person_id, channel) do update set contact_id = excluded.contact_id, destination = excluded.destination,
				  masked = excluded.masked, usable = true, version = excluded.version
				where contact.version < excluded.version""").params(personId, channel, contactId, destination, masked, version).update();
	}

	void preferences(PreferencesChanged p, long version) {
		PreferencesChanged.QuietHours quiet = p.quietHours();
		int changed = jdbc.sql("""
				insert into preference (person_id, student_id, quiet_from, quiet_to, time_zone, weekly_on, version) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (person_id, student_id) do update set quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to,
				  time_zone = excluded.time_zone, weekly_on = excluded.weekly_on, version = excluded.version
				where preference.version < excluded.version""")
			.params(p.personId(), p.studentId(), quiet != null ? quiet.from() : null, quiet != null ? quiet.to() : null, p.timeZone(),
					p.weeklyOn(), version)
			.update();
		if (changed == 0) {
			return;
		}
		if (p.language() != null) {
			// the person's own choice: it overrides what a verification message assumed
			language(p.personId(), p.language());
		}
		jdbc.sql("delete from preference_kind where person_id = ? and student_id = ?").params(p.personId(), p.studentId()).update();
		p.kinds().forEach((kind, setting) -> jdbc.sql(
				"insert into preference_kind (person_id, student_id, kind, channels, delivery) values (?, ?, ?, ?, ?)")
			.params(p.personId(), p.studentId(), kind, String.join(",", setting.channels()), setting.delivery()).update());
	}

	void staff(UUID personId, UUID schoolId, List<String> roles, long version) {
		jdbc.sql("""
				insert into school_staff (person_id, school_id, roles, version) values (?, ?, ?, ?)
				on conflict (person_id, school_id) do update set roles = excluded.roles, version = excluded.version
				where school_staff.version < excluded.version""").params(personId, schoolId, String.join(",", roles), version).update();
	}

	void enrolled(UUID id, UUID studentId, UUID classGroupId, LocalDate from, @Nullable LocalDate to, long version) {
		jdbc.sql("""
				insert into enrolment (id, student_id, class_group_id, valid_from, valid_to, version) values (?, ?, ?, ?, ?, ?)
				on conflict (id) do update set student_id = excluded.student_id, class_group_id = excluded.class_group_id,
				  valid_from = excluded.valid_from, valid_to = excluded.valid_to, version = excluded.version
				where enrolment.version < excluded.version""").params(id, studentId, classGroupId, from, to, version).update();
	}

	/** The students in the class group on the day. */
	public List<UUID> studentsOf(UUID classGroupId, LocalDate day) {
		return jdbc.sql("""
				select distinct student_id from enrolment where class_group_id = ? and valid_from <= ?
				  and (valid_to is null or valid_to >= ?) order by student_id""")
			.params(classGroupId, day, day).query(UUID.class).list();
	}

	/** The students of the school (a school or city event concerns them all). */
	public List<UUID> studentsOfSchool(UUID schoolId) {
		return jdbc.sql("select id from person where kind = 'STUDENT' and school_id = ? order by id").param(schoolId).query(UUID.class)
			.list();
	}

	/** The school's admins (role {@code school-admin}), who are warned of what the school must still answer. */
	public List<UUID> schoolAdmins(UUID schoolId) {
		return jdbc.sql("select person_id from school_staff where school_id = ? and ',' || roles || ',' like '%,school-admin,%' "
				+ "order by person_id").param(schoolId).query(UUID.class).list();
	}

	/** The student as a message names them, with their school and birth date; empty when identity has not told us. */
	public Optional<Student> student(UUID studentId) {
		return Optional.ofNullable(students(List.of(studentId)).get(studentId));
	}

	/** {@link #student} of each of the ids identity has told us of, in one statement. */
	public Map<UUID, Student> students(Collection<UUID> studentIds) {
		Map<UUID, Student> students = new HashMap<>();
		jdbc.sql("select id, school_id, first_name, birth_date from person where id = any(cast(:ids as uuid[])) and kind = 'STUDENT'")
			.param("ids", studentIds.toArray(UUID[]::new)).query(Student.class).list().forEach(s -> students.put(s.id(), s));
		return students;
	}

	/** The guardians who represent the student on the day. */
	public List<UUID> guardiansOf(UUID studentId, LocalDate day) {
		return guardiansOf(List.of(studentId), day).getOrDefault(studentId, List.of());
	}

	/**
	 * {@link #guardiansOf} of each of the students on the same day, in one statement; a student without any is not a key.
	 * The ids go as a typed {@code uuid[]}, as everywhere here: a text literal cast inside {@code = any(...)} is parsed again
	 * for every row the filter reads (ADR 0113).
	 */
	public Map<UUID, List<UUID>> guardiansOf(Collection<UUID> studentIds, LocalDate day) {
		Map<UUID, List<UUID>> guardians = new HashMap<>();
		jdbc.sql("select r.student_id, r.guardian_id from representation r where r.student_id = any(cast(:students as uuid[])) and "
				+ Representations.ACTIVE_ON + " order by r.student_id, r.guardian_id")
			.param("students", studentIds.toArray(UUID[]::new)).param("day", day)
			.query((RowCallbackHandler) rs -> guardians.computeIfAbsent(rs.getObject("student_id", UUID.class), s -> new ArrayList<>())
				.add(rs.getObject("guardian_id", UUID.class)));
		return guardians;
	}

	/** Whether the student's data may be processed: the latest consent allows it (no record yet: not allowed, C5). */
	public boolean processingAllowed(UUID studentId) {
		return processingAllowed(List.of(studentId)).contains(studentId);
	}

	/** The students among {@code studentIds} whose data may be processed ({@link #processingAllowed}), in one statement. */
	public Set<UUID> processingAllowed(Collection<UUID> studentIds) {
		return new HashSet<>(jdbc.sql("select person_id from consent_state where person_id = any(cast(:ids as uuid[])) and processing_allowed")
			.param("ids", studentIds.toArray(UUID[]::new)).query(UUID.class).list());
	}

	/** The verified, usable contact of the person for the channel. */
	public Optional<Contact> contact(UUID personId, String channel) {
		return jdbc.sql("select person_id, channel, destination, masked from contact where person_id = ? and channel = ? and usable")
			.params(personId, channel).query(Contact.class).optional();
	}

	/**
	 * What each recipient wants to hear about each student, in one statement; an interest whose recipient has said nothing
	 * yet about that student is not a key.
	 */
	public Map<Interest, Preference> preferences(Collection<Interest> interests) {
		List<UUID> persons = interests.stream().map(Interest::personId).toList();
		List<UUID> students = interests.stream().map(Interest::studentId).toList();
		Map<Interest, Map<String, Preference.Setting>> kinds = new HashMap<>();
		Map<Interest, Preference.Times> times = new HashMap<>();
		jdbc.sql("""
				select p.person_id, p.student_id, p.quiet_from, p.quiet_to, p.time_zone, p.weekly_on, k.kind, k.channels, k.delivery
				from unnest(cast(:persons as uuid[]), cast(:students as uuid[])) as w(person_id, student_id)
				join preference p on p.person_id = w.person_id and p.student_id = w.student_id
				left join preference_kind k on k.person_id = p.person_id and k.student_id = p.student_id""")
			.param("persons", persons.toArray(UUID[]::new)).param("students", students.toArray(UUID[]::new))
			.query((RowCallbackHandler) rs -> {
				Interest interest = new Interest(rs.getObject("person_id", UUID.class), rs.getObject("student_id", UUID.class));
				Map<String, Preference.Setting> settings = kinds.computeIfAbsent(interest, i -> new LinkedHashMap<>());
				String kind = rs.getString("kind");
				if (kind != null) {
					settings.put(kind, new Preference.Setting(
							Arrays.stream(rs.getString("channels").split(",")).filter(c -> !c.isBlank()).toList(), rs.getString("delivery")));
				}
				times.putIfAbsent(interest, new Preference.Times(rs.getString("quiet_from"), rs.getString("quiet_to"),
						rs.getString("time_zone"), rs.getString("weekly_on")));
			});
		Map<Interest, Preference> preferences = new HashMap<>();
		times.forEach((interest, t) -> preferences.put(interest, new Preference(kinds.get(interest), t)));
		return preferences;
	}

	/**
	 * What deciding a message needs of a person: whether they chose paper (no event yet: electronic), the channels with a
	 * usable contact (as {@link #contact} finds them), and their language (as {@link #languageOf}).
	 */
	public Reach reach(UUID personId) {
		return reach(List.of(personId)).get(personId);
	}

	/** {@link #reach} of each of the persons, in one statement. */
	public Map<UUID, Reach> reach(Collection<UUID> personIds) {
		Map<UUID, Reach> reach = new HashMap<>();
		jdbc.sql("""
				select w.person_id,
				  coalesce((select form = 'paper' from delivery_form where person_id = w.person_id), false) as on_paper,
				  array(select channel from contact where person_id = w.person_id and usable) as channels,
				  coalesce((select language from person_language where person_id = w.person_id), 'ru') as language
				from unnest(cast(:persons as uuid[])) as w(person_id)""")
			.param("persons", personIds.toArray(UUID[]::new))
			.query((RowCallbackHandler) rs -> reach.put(rs.getObject("person_id", UUID.class), new Reach(rs.getBoolean("on_paper"),
					Set.of((String[]) rs.getArray("channels").getArray()), rs.getString("language"))));
		return reach;
	}

	/** The language the person reads, as they chose it in their preferences. */
	public void language(UUID personId, String language) {
		jdbc.sql("""
				insert into person_language (person_id, language) values (?, ?)
				on conflict (person_id) do update set language = excluded.language""").params(personId, language).update();
	}

	/** A language assumed from a message sent to the person (a verification request), unless they chose one. */
	public void assumeLanguage(UUID personId, String language) {
		jdbc.sql("insert into person_language (person_id, language) values (?, ?) on conflict (person_id) do nothing")
			.params(personId, language).update();
	}

	/** The person's language; Russian when not known. */
	public String languageOf(UUID personId) {
		return jdbc.sql("select language from person_language where person_id = ?").param(personId).query(String.class).optional()
			.orElse("ru");
	}

	/** A student as messages name them. */
	public record Student(UUID id, @Nullable UUID schoolId, String firstName, @Nullable LocalDate birthDate) {

		public boolean adultOn(LocalDate day) {
			return birthDate != null && !birthDate.plusYears(18).isAfter(day);
		}
	}

	/** Whether a person is on paper, the channels they can be reached on, and the language they read. */
	public record Reach(boolean onPaper, Set<String> channels, String language) {
	}

	/** A recipient's interest in a student: what their preferences are kept by. */
	public record Interest(UUID personId, UUID studentId) {
	}

	/** A verified contact; {@code toString} shows the masked form only. */
	public record Contact(UUID personId, String channel, String destination, String masked) {

		@Override
		public String toString() {
			return "Contact[" + channel + " " + masked + "]";
		}
	}
}
