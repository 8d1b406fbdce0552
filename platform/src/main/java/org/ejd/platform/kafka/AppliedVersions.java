package org.ejd.platform.kafka;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		if (!isSequence(topic, event)) {
			return;
		}
		String subject = event.envelope().subject();
		long applied = jdbc.sql("select version from applied_version where consumer = ? and topic = ? and subject = ?")
			.params(consumer, topic, subject).query(Long.class).optional().orElse(0L);
		rule.require(VersionKind.SEQUENCE, event.version(), applied);
		if (event.version() > applied) {
			jdbc.sql("""
					insert into applied_version (consumer, topic, subject, version) values (?, ?, ?, ?)
					on conflict (consumer, topic, subject) do update set version = greatest(applied_version.version, excluded.version)""")
				.params(consumer, topic, subject, event.version()).update();
		}
	}

	/**
	 * Whether the event's version is a sequence, checked against the version applied; a version of another kind (a time)
	 * is checked here against the clock, and an event type without a kind is not checked.
	 */
	private boolean isSequence(String topic, ReceivedEvent event) {
		VersionKind kind = contracts.versionKind(topic, event.type()).orElse(null);
		if (kind == null) {
			return false;
		}
		if (kind != VersionKind.SEQUENCE) {
			rule.require(kind, event.version(), 0);
			return false;
		}
		return true;
	}

	/**
	 * {@link #requirePlausible} for the events of one batch with two statements instead of two per event: the applied
	 * versions of the batch's subjects are read at once, checked and raised in memory event by event in order, and
	 * written at once by {@link Batch#save()} in the same transaction.
	 * @param events the batch's events with their topics, in the order they will be checked
	 */
	public Batch batch(String consumer, List<Map.Entry<String, ReceivedEvent>> events) {
		Map<Subject, Long> applied = new HashMap<>();
		List<Subject> subjects = events.stream()
			.filter(e -> contracts.versionKind(e.getKey(), e.getValue().type()).orElse(null) == VersionKind.SEQUENCE)
			.map(e -> new Subject(e.getKey(), e.getValue().envelope().subject()))
			.distinct()
			.toList();
		if (!subjects.isEmpty()) {
			jdbc.sql("""
					select a.topic, a.subject, a.version from applied_version a
					join unnest(?::text[], ?::text[]) as s(topic, subject) on a.topic = s.topic and a.subject = s.subject
					where a.consumer = ?""")
				.params(subjects.stream().map(Subject::topic).toArray(String[]::new),
						subjects.stream().map(Subject::subject).toArray(String[]::new), consumer)
				.query((rs, row) -> Map.entry(new Subject(rs.getString(1), rs.getString(2)), rs.getLong(3)))
				.list()
				.forEach(e -> applied.put(e.getKey(), e.getValue()));
		}
		return new Batch(consumer, applied);
	}

	private record Subject(String topic, String subject) {
	}

	/** The applied versions of one batch's subjects while its events are handled; see {@link #batch}. */
	public final class Batch {

		private final String consumer;

		private final Map<Subject, Long> applied;

		private final Map<Subject, Long> raised = new LinkedHashMap<>();

		private Batch(String consumer, Map<Subject, Long> applied) {
			this.consumer = consumer;
			this.applied = applied;
		}

		/** As {@link AppliedVersions#requirePlausible}, against the versions read and raised so far in this batch. */
		public void requirePlausible(String topic, ReceivedEvent event) {
			if (!isSequence(topic, event)) {
				return;
			}
			Subject subject = new Subject(topic, event.envelope().subject());
			long current = applied.getOrDefault(subject, 0L);
			rule.require(VersionKind.SEQUENCE, event.version(), current);
			if (event.version() > current) {
				applied.put(subject, event.version());
				raised.put(subject, event.version());
			}
		}

		/** Writes the raised versions, one statement; in the batch's transaction, before it commits. */
		public void save() {
			if (raised.isEmpty()) {
				return;
			}
			jdbc.sql("""
					insert into applied_version (consumer, topic, subject, version)
					select ?, r.topic, r.subject, r.version from unnest(?::text[], ?::text[], ?::bigint[]) as r(topic, subject, version)
					on conflict (consumer, topic, subject) do update set version = greatest(applied_version.version, excluded.version)""")
				.params(consumer, raised.keySet().stream().map(Subject::topic).toArray(String[]::new),
						raised.keySet().stream().map(Subject::subject).toArray(String[]::new),
						raised.values().stream().mapToLong(Long::longValue).toArray())
				.update();
			raised.clear();
		}
	}
}
