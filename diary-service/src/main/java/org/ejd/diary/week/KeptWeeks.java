package org.ejd.diary.week;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Assembled weeks kept in memory (issue 13, ADR 0081): the bytes answered and their ETag, per student, Monday and school
 * day (today decides which homework is late), each with the stamp it was assembled under. A kept week is served only
 * while the stamp read for this request, in the statement of the access check and before any of the week's data, is
 * the same: every table the week reads bumps the stamp of its student, class group or school in the transaction that
 * changes it (migrations V63, V64), so a change committed before the check is never answered from memory. A week assembled
 * without a stamp (a student no table ever stamped) is not kept.
 */
@Component
class KeptWeeks {

	/**
	 * The week's stamp for {@code :student}: the versions of the student's own rows, of the class groups they were ever
	 * enrolled in, of their schools and the global one (a truncation), in one text. Versions come from one sequence, so
	 * two different sets of stamps never read the same.
	 */
	static final String STAMP = """
			select string_agg(v.version::text, '.' order by v.version) from (
			  select w.version from week_stamp w where w.scope = 's' and w.id = :student
			  union all
			  select w.version from enrolment e join week_stamp w on w.scope = 'c' and w.id = e.class_group_id
			  where e.student_id = :student
			  union all
			  select w.version from week_stamp w where w.scope = 'k' and w.id in (
			    select s.school_id from student s where s.id = :student
			    union select e.school_id from enrolment e where e.student_id = :student)
			  union all
			  select w.version from week_stamp w where w.scope = 'g') v""";

	private final @Nullable Cache<Key, Kept> kept;

	KeptWeeks(Settings settings) {
		long bytes = settings.maxSize().toBytes();
		this.kept = bytes <= 0 ? null
				: Caffeine.newBuilder().maximumWeight(bytes).weigher((Key key, Kept week) -> week.body().length + 200)
					.expireAfterWrite(settings.keepFor()).build();
	}

	/** The week kept under this stamp, or the one {@code assemble} makes, then kept under it. */
	Kept get(UUID studentId, LocalDate monday, LocalDate today, @Nullable String stamp, Supplier<Kept> assemble) {
		if (kept == null || stamp == null) {
			return assemble.get();
		}
		Key key = new Key(studentId, monday, today);
		Kept week = kept.getIfPresent(key);
		if (week != null && week.stamp().equals(stamp)) {
			return week;
		}
		Kept fresh = assemble.get().under(stamp);
		kept.put(key, fresh);
		return fresh;
	}

	record Key(UUID studentId, LocalDate monday, LocalDate today) {
	}

	/** A week's answer: its JSON bytes and their ETag, and the stamp it was assembled under. */
	record Kept(byte[] body, String etag, String stamp) {

		Kept under(String assembledUnder) {
			return new Kept(body, etag, assembledUnder);
		}
	}

	/**
	 * {@code ejd.diary.week-cache.max-size}: the memory assembled weeks may take (a week is about 7 KB; 0 keeps none);
	 * {@code .keep-for}: how long one is kept at most.
	 */
	@ConfigurationProperties("ejd.diary.week-cache")
	record Settings(@DefaultValue("32MB") DataSize maxSize, @DefaultValue("1h") Duration keepFor) {
	}
}
