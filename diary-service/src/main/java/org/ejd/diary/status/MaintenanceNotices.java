package org.ejd.diary.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one maintenance notice of the region, kept in the diary's database so that every diary instance shows it. */
@Repository
class MaintenanceNotices {

	private final JdbcClient jdbc;

	MaintenanceNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MaintenanceNotice> current() {
		return jdbc.sql("select message_ru, message_en, starts_at, ends_at from maintenance_notice where id = 1")
			.query((rs, n) -> new MaintenanceNotice(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getObject(4, OffsetDateTime.class).toInstant()))
			.optional();
	}

	void put(MaintenanceNotice notice, String setBy, Instant at) {
		jdbc.sql("""
				insert into maintenance_notice (id, message_ru, message_en, starts_at, ends_at, set_by, set_at)
				values (1, :ru, :en, :from, :until, :by, :at)
				on conflict (id) do update set message_ru = excluded.message_ru, message_en = excluded.message_en,
				  starts_at = excluded.starts_at, ends_at = excluded.ends_at, set_by = excluded.set_by, set_at = excluded.set_at""")
			.param("ru", notice.messageRu())
			.param("en", notice.messageEn())
			.param("from", utc(notice.from()))
			.param("until", utc(notice.until()))
			.param("by", setBy)
			.param("at", utc(at))
			.update();
	}

	void clear() {
		jdbc.sql("delete from maintenance_notice").update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
