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
 * <p>
 * Most events are an aggregate's first (a new mark is version 1), and a version up to the jump is plausible whatever was
 * applied. So (docs/adr/0099) the ledger is read only for a version above the jump, and keeps only versions above
 * {@link #FIRST}: a subject without a row counts from 0, as one never seen. A new mark costs the ledger nothing.
 */
public class AppliedVersions {

	/** A sequence's first version, not kept: without a row the bound counts from 0, one less than from it. */
	static final long FIRST = 1;

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
		if (!rule.plausibleWhateverApplied(event.version())) {
			long applied = jdbc.sql("select version from applied_version where consumer = ? and topic = ? and subject = ?")
				.params(consumer, topic, subject).query(Long.class).optional().orElse(0L);
			rule.require(VersionKind.SEQUENCE, event.version(), applied);
		}
		if (event.version() > FIRST) {
			jdbc.sql("""
					insert into applied_version (consumer, topic, subject, version) values (?, ?, ?, ?)
					on conflict (consumer, topic, subject) do update set version = excluded.version
					where applied_version.version < excluded.version""")
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
	 * {@link #requirePlausible} for the events of one batch with at most two statements instead of two per event: the
	 * applied versions of the subjects with a version above the jump are read at once, each event is checked and raised
	 * in memory in order, and the versions above {@link #FIRST} are written at once by {@link Batch#save()} in the same
	 * transaction. A poll of new marks reads and writes nothing here.
	 * @param events the batch's events with their topics, in the order they will be checked
	 */
	public Batch batch(String consumer, List<Map.Entry<String, ReceivedEvent>> events) {
		Map<Subject, Long> applied = new HashMap<>();
		List<Subject> subjects = events.stream()
			.filter(e -> contracts.versionKind(e.getKey(), e.getValue().type()).orElse(null) == VersionKind.SEQUENCE)
			.filter(e -> !rule.plausibleWhateverApplied(e.getValue().version()))
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

		/** Those read (subjects with a version above the jump), raised as the batch's events are checked. */
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
			if (!rule.plausibleWhateverApplied(event.version())) {
				rule.require(VersionKind.SEQUENCE, event.version(), current); // read by batch(): it has such a version
			}
			if (event.version() > current) {
				applied.put(subject, event.version());
				if (event.version() > FIRST) {
					raised.put(subject, event.version());
				}
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
					on conflict (consumer, topic, subject) do update set version = excluded.version
					where applied_version.version < excluded.version""")
				.params(consumer, raised.keySet().stream().map(Subject::topic).toArray(String[]::new),
						raised.keySet().stream().map(Subject::subject).toArray(String[]::new),
						raised.values().stream().mapToLong(Long::longValue).toArray())
				.update();
			raised.clear();
		}
	}
}
