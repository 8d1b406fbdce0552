package org.ejd.platform.kafka;

import org.ejd.platform.events.EventContracts;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.events.VersionKind;
import org.ejd.platform.events.VersionRule;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consumer's side of the version rule (docs/adr/0059): before a handler applies an event, its version must be
 * plausible for its kind; for a {@code sequence} that is measured against the highest version this consumer applied for
 * the topic and subject, which is kept here. Runs in the handler's transaction, so a refused or failed event leaves
 * nothing behind.
 */
public class AppliedVersions {

	private final JdbcClient jdbc;

	private final EventContracts contracts;

	private final VersionRule rule;

	public AppliedVersions(JdbcClient jdbc, EventContracts contracts, VersionRule rule) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.rule = rule;
	}

	/**
	 * Refuses an event whose version no genuine producer could have written, else remembers its version as applied.
	 * @throws org.ejd.platform.events.ImplausibleVersionException not retried: the record goes to the dead-letter topic
	 */
	public void requirePlausible(String consumer, String topic, ReceivedEvent event) {
		VersionKind kind = contracts.versionKind(topic, event.type()).orElse(null);
		if (kind == null) {
			return;
		}
		if (kind != VersionKind.SEQUENCE) {
			rule.require(kind, event.version(), 0);
			return;
		}
		String subject = event.envelope().subject();
		long applied = jdbc.sql("select version from applied_version where consumer = ? and topic = ? and subject = ?")
			.params(consumer, topic, subject).query(Long.class).optional().orElse(0L);
		rule.require(kind, event.version(), applied);
		if (event.version() > applied) {
			jdbc.sql("""
					insert into applied_version (consumer, topic, subject, version) values (?, ?, ?, ?)
					on conflict (consumer, topic, subject) do update set version = greatest(applied_version.version, excluded.version)""")
				.params(consumer, topic, subject, event.version()).update();
		}
	}
}
