package org.ejd.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.ejd.platform.jdbc.UnnestRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox's bookkeeping in fewer round trips (issue 13, ADR 0077), in front of Spring Modulith's JDBC repository,
 * which does one statement per event at each step:
 * <ul>
 * <li>the events a transaction publishes are inserted together, one JDBC batch just before it commits, instead of
 * an insert each as they are published (a class's 25 marks: one round trip, not 25);</li>
 * <li>the "processing" mark before the send is not written: a publication not yet sent and one being sent are
 * treated alike anyway (both are marked failed and sent again after the same staleness, and both are sent again
 * after a restart);</li>
 * <li>a sent publication is marked completed by a single writer that takes all completions waiting at that moment
 * and writes them in one statement, without waiting when there is only one, instead of a transaction each on Kafka's
 * callback thread.</li>
 * </ul>
 * A completion not yet written when the service dies leaves its publication incomplete; it is sent again after the
 * restart, which the consumers' idempotence (ADR 0001) absorbs. Everything else is Modulith's.
 */
public final class BatchedPublications implements EventPublicationRepository, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BatchedPublications.class);

	private static final String INSERT = """
			insert into event_publication (id, event_type, listener_id, publication_date, serialized_event, status,
			  completion_attempts, last_resubmission_date) values (?, ?, ?, ?, ?, ?, ?, ?)""";
	private static final String COMPLETE = """
			update event_publication p set status = 'COMPLETED', completion_date = c.at
			  from unnest(?::uuid[], ?::timestamptz[]) as c(id, at) where p.id = c.id""";
	private static final String DELETE = "delete from event_publication where id = any(?::uuid[])";
	private static final int MOST_PER_BATCH = 500;
	private static final Completion STOP = new Completion(new UUID(0, 0), Instant.EPOCH);

	private final EventPublicationRepository modulith;
	private final JdbcTemplate jdbc;
	private final EventSerializer serializer;
	private final boolean deleteCompleted;
	private final LinkedBlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
	private final Thread writer;
	private volatile boolean closed;

	/**
	 * @param modulith Modulith's repository, which keeps every read and state change other than these three
	 * @param deleteCompleted whether a completed publication is deleted ({@code completion-mode: delete}) rather than
	 * marked
	 */
	public BatchedPublications(EventPublicationRepository modulith, JdbcTemplate jdbc, EventSerializer serializer,
			boolean deleteCompleted) {
		this.modulith = modulith;
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.deleteCompleted = deleteCompleted;
		this.writer = Thread.ofVirtual().name("outbox-completions").start(this::writeCompletions);
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			PendingRows pending = pendingRows();
			if (!pending.written) {
				pending.publications.add(publication);
				return publication;
			}
		}
		insert(List.of(publication));
		return publication;
	}

	@Override
	public void markProcessing(UUID identifier) {
		// not written: see the class comment
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		if (closed) {
			write(List.of(new Completion(identifier, completionDate)));
			return;
		}
		completions.add(new Completion(identifier, completionDate));
	}

	/** Completions handed over and not yet written: none once the writer has caught up. */
	public int completionsWaiting() {
		return completions.size();
	}

	/** Writes the completions still waiting, then stops the writer. */
	@Override
	public void close() {
		closed = true;
		completions.add(STOP);
		try {
			writer.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		List<Completion> left = new ArrayList<>();
		completions.drainTo(left);
		left.remove(STOP);
		if (!left.isEmpty()) {
			try {
				write(left);
			}
			catch (RuntimeException ex) {
				log.warn("{} sent events stay incomplete in the outbox and are sent again at the next start: {}", left.size(),
						ex.toString());
			}
		}
	}

	private PendingRows pendingRows() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingRows rows && rows.owner == this) {
				return rows;
			}
		}
		PendingRows rows = new PendingRows(this);
		TransactionSynchronizationManager.registerSynchronization(rows);
		return rows;
	}

	private void insert(List<TargetEventPublication> publications) {
		List<Object[]> rows = new ArrayList<>(publications.size());
		for (TargetEventPublication publication : publications) {
			Timestamp published = Timestamp.from(publication.getPublicationDate());
			rows.add(new Object[] { publication.getIdentifier(), publication.getEvent().getClass().getName(),
					publication.getTargetIdentifier().getValue(), published, serializer.serialize(publication.getEvent()),
					publication.getStatus().name(), 1, published });
		}
		if (rows.size() == 1) {
			jdbc.update(INSERT, rows.getFirst());
		}
		else {
			jdbc.batchUpdate(INSERT, rows);
		}
	}

	private void writeCompletions() {
		List<Completion> batch = new ArrayList<>();
		while (true) {
			try {
				if (batch.isEmpty()) {
					batch.add(completions.take());
					completions.drainTo(batch, MOST_PER_BATCH - 1);
				}
				boolean stop = batch.remove(STOP);
				if (!batch.isEmpty()) {
					write(batch);
				}
				batch.clear();
				if (stop) {
					return;
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				if (closed) {
					log.warn("{} sent events stay incomplete in the outbox and are sent again at the next start: {}",
							batch.size(), ex.toString());
					return;
				}
				// the database is away: keep the batch and try again
				log.warn("Could not mark {} sent events completed, trying again in a second: {}", batch.size(), ex.toString());
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	/** One statement for the whole batch (a delete, or with completion-mode update an update): not one for each row of a JDBC batch. */
	private void write(List<Completion> batch) {
		if (deleteCompleted) {
			jdbc.update(DELETE, (Object) UnnestRows.column(batch, Completion::id));
		}
		else {
			jdbc.update(COMPLETE, UnnestRows.column(batch, Completion::id), UnnestRows.column(batch, Completion::at));
		}
	}

	/** Compared by identity, so that {@link #STOP} is never taken for a real one. */
	private static final class Completion {

		private final UUID id;
		private final Instant at;

		Completion(UUID id, Instant at) {
			this.id = id;
			this.at = at;
		}

		UUID id() {
			return id;
		}

		Instant at() {
			return at;
		}
	}

	/** The publications of one transaction, inserted together just before it commits. */
	private static final class PendingRows implements TransactionSynchronization {

		private final BatchedPublications owner;
		private final List<TargetEventPublication> publications = new ArrayList<>();
		private boolean written;

		PendingRows(BatchedPublications owner) {
			this.owner = owner;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			written = true;
			if (!publications.isEmpty()) {
				owner.insert(publications);
			}
		}
	}

	// Modulith's, unchanged

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		modulith.markCompleted(event, identifier, completionDate);
	}

	@Override
	public void markFailed(UUID identifier) {
		modulith.markFailed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		return modulith.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		return modulith.findIncompletePublications();
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		return modulith.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		return modulith.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		return modulith.findCompletedPublications();
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		modulith.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		modulith.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		modulith.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		return modulith.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(Status status) {
		return modulith.findByStatus(status);
	}

	@Override
	public int countByStatus(Status status) {
		return modulith.countByStatus(status);
	}
}
