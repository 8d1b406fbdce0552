package org.ejd.journal.lessons;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Homework files in journal's PostgreSQL: enough for a school's documents; swap for object storage at scale. */
@Component
class DatabaseAttachmentStore implements AttachmentStore {

	private final JdbcClient jdbc;

	DatabaseAttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(UUID id, byte[] content) {
		jdbc.sql("insert into attachment_content (attachment_id, content) values (?, ?)").params(id, content).update();
	}

	@Override
	public Optional<byte[]> get(UUID id) {
		return jdbc.sql("select content from attachment_content where attachment_id = ?").param(id).query(byte[].class).optional();
	}
}
