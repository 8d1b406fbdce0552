package org.ejd.notification.messages;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files sent with messages: uploaded to a thread first (no message yet), then sent with one message. */
@Repository
class MessageFiles {

	private final JdbcClient jdbc;

	MessageFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record File(UUID id, UUID threadId, @Nullable UUID messageId, String fileName, String contentType, long sizeBytes, UUID uploadedBy,
			Instant uploadedAt) {
	}

	void insert(File file, byte[] content) {
		jdbc.sql("""
				insert into message_attachment (id, thread_id, message_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at)
				values (?, ?, null, ?, ?, ?, ?, ?)""")
			.params(file.id(), file.threadId(), file.fileName(), file.contentType(), file.sizeBytes(), file.uploadedBy(),
					Timestamp.from(file.uploadedAt()))
			.update();
		jdbc.sql("insert into message_attachment_content (attachment_id, content) values (?, ?)").params(file.id(), content).update();
	}

	Optional<File> find(UUID id) {
		return jdbc.sql("""
				select id, thread_id, message_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				from message_attachment where id = ?""").param(id).query(File.class).optional();
	}

	Optional<byte[]> content(UUID id) {
		return jdbc.sql("select content from message_attachment_content where attachment_id = ?").param(id).query(byte[].class).optional();
	}

	/**
	 * Sends the author's unsent uploads of the thread with the message; the number sent, fewer than asked when an id is not
	 * such an upload (another's, another thread's, already sent, unknown).
	 */
	int send(Collection<UUID> ids, UUID threadId, UUID author, UUID messageId) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update message_attachment set message_id = :message
				where id in (:ids) and thread_id = :thread and uploaded_by = :author and message_id is null""")
			.param("message", messageId).param("ids", ids).param("thread", threadId).param("author", author).update();
	}

	/** The files of the messages, by message, in upload order. */
	Map<UUID, List<File>> of(Collection<UUID> messageIds) {
		if (messageIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select id, thread_id, message_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				from message_attachment where message_id in (:ids) order by uploaded_at, id""")
			.param("ids", messageIds).query(File.class).list().stream()
			.collect(Collectors.groupingBy(f -> java.util.Objects.requireNonNull(f.messageId())));
	}

	/** A deleted message takes its files with it: nothing of them is kept. */
	void deleteOf(UUID messageId) {
		jdbc.sql("delete from message_attachment where message_id = ?").param(messageId).update();
	}
}
