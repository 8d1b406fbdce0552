package org.ejd.notification.feed;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.ejd.notification.delivery.Letters;
import org.ejd.notification.delivery.Messages;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** A person's in-app feed: their own app messages, newest first, with a cursor; unread count; mark as read. */
@Service
class Feed {

	static final int MAX_LIMIT = 100;

	private static final TypeReference<java.util.Map<String, String>> VARIABLES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Letters letters;

	private final ObjectMapper json;

	private final SchoolTime time;

	Feed(JdbcClient jdbc, Letters letters, ObjectMapper json, SchoolTime time) {
		this.jdbc = jdbc;
		this.letters = letters;
		this.json = json;
		this.time = time;
	}

	record Item(UUID id,
			@Schema(example = "mark") String kind, @Nullable UUID studentId, String subject, String text, Instant createdAt, boolean read) {
	}

	@Schema(name = "FeedPage") // one schema per feature (springdoc names by simple name)
	record Page(List<Item> items, @Nullable String nextCursor, int unread) {
	}

	/** At most {@code limit} items, 1 to {@value #MAX_LIMIT} (else 400, the paging rule of ADR 0057). */
	@Transactional(readOnly = true)
	Page of(UUID person, @Nullable String cursor, int asked) {
		int limit = PageRequest.limit(asked, MAX_LIMIT);
		Position after = cursor != null ? Position.parse(cursor) : null;
		List<Item> items = jdbc.sql("select id, kind, student_id, payload, language, created_at, read_at from message "
				+ "where recipient_id = :person and channel = 'app' and status = 'SENT' "
				+ (after != null ? "and (created_at, id) < (:at, :id) " : "") + "order by created_at desc, id desc limit :limit")
			.param("person", person).param("at", after != null ? Messages.ts(after.at()) : null).param("id", after != null ? after.id() : null)
			.param("limit", limit + 1)
			.query((rs, n) -> {
				Letters.Rendered r = letters.render(rs.getString("kind"), rs.getString("language"),
						json.readValue(rs.getString("payload"), VARIABLES));
				return new Item(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("student_id", UUID.class), r.subject(),
						r.text().strip(), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
			})
			.list();
		String next = null;
		if (items.size() > limit) {
			items = items.subList(0, limit);
			Item last = items.getLast();
			next = new Position(last.createdAt(), last.id()).encode();
		}
		return new Page(items, next, unread(person));
	}

	@Transactional(readOnly = true)
	int unread(UUID person) {
		return jdbc.sql("select count(*) from message where recipient_id = ? and channel = 'app' and status = 'SENT' and read_at is null")
			.param(person).query(Integer.class).single();
	}

	/** Marks the person's own message read; another's is as unknown as a missing one. */
	@Transactional
	void read(UUID person, UUID id) {
		int found = jdbc.sql("update message set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ? and channel = 'app'")
			.params(Messages.ts(time.now()), id, person).update();
		if (found == 0) {
			throw Refusal.unknown("feed.unknown-message");
		}
	}

	/** Where a page ends: opaque to callers. */
	record Position(Instant at, UUID id) {

		String encode() {
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString((at.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
		}

		static Position parse(String cursor) {
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
				return new Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
			}
			catch (RuntimeException ex) {
				throw Refusal.invalid("feed.cursor");
			}
		}
	}

}
