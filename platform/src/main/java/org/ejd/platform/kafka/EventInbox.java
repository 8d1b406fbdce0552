package org.ejd.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.ejd.platform.events.EventContracts;
import org.ejd.platform.events.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every consumer does with a record before its own logic: parse and check the envelope
 * against the contract (an invalid one goes to the dead-letter topic), drop an event id it has
 * already handled, refuse an implausible version ({@link AppliedVersions}, docs/adr/0059: to the dead-letter topic too),
 * and run the handler in one database transaction with the dedup mark (a batch listener: one
 * transaction for the records of a poll, {@link #receiveAll}).
 */
public class EventInbox {

	/**
	 * The container post-processor a batch listener names ({@code containerPostProcessor = EventInbox.BATCH_ACKS}): its
	 * container acknowledges a poll once, after the poll's one transaction ({@code AckMode.BATCH}), where every other
	 * listener acknowledges each record (the platform's {@code ack-mode record}). ADR 0070, 0109.
	 */
	public static final String BATCH_ACKS = "ejdBatchAcks";

	private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

	private final EventContracts contracts;

	private final ProcessedEvents processed;

	private final TransactionTemplate transactions;

	private final AppliedVersions versions;

	private final ObservationRegistry observations;

	public EventInbox(EventContracts contracts, ProcessedEvents processed, AppliedVersions versions,
			TransactionTemplate transactions) {
		this(contracts, processed, versions, transactions, ObservationRegistry.NOOP);
	}

	public EventInbox(EventContracts contracts, ProcessedEvents processed, AppliedVersions versions,
			TransactionTemplate transactions, ObservationRegistry observations) {
		this.contracts = contracts;
		this.processed = processed;
		this.versions = versions;
		this.transactions = transactions;
		this.observations = observations;
	}

	/**
	 * Handles a record once: the handler gets the event with its data read into the contract's record.
	 * @param consumer a stable name of the consuming feature, e.g. {@code diary.marks}
	 */
	public void receive(String consumer, ConsumerRecord<?, String> record, Consumer<ReceivedEvent> handler) {
		receive(consumer, record, () -> BatchHandler.of(handler));
	}

	private void receive(String consumer, ConsumerRecord<?, String> record, Supplier<? extends BatchHandler> handlers) {
		ReceivedEvent event = contracts.typed(contracts.read(record.topic(), record.value()));
		transactions.executeWithoutResult(status -> {
			BatchHandler handler = handlers.get();
			handleOnce(consumer, record, event, handler);
			handler.beforeCommit();
		});
	}

	/**
	 * A handler that keeps some of its writes to do them together (one JDBC batch instead of a statement per event): the
	 * inbox takes a new one for each transaction and calls {@link #beforeCommit} after the transaction's last event,
	 * inside it, so what it kept commits, or rolls back, with the events that asked for it.
	 */
	public interface BatchHandler extends Consumer<ReceivedEvent> {

		/** Writes what the events of this transaction left to do together. */
		void beforeCommit();

		/** A handler that writes as it goes. */
		static BatchHandler of(Consumer<ReceivedEvent> handler) {
			return new BatchHandler() {
				@Override
				public void accept(ReceivedEvent event) {
					handler.accept(event);
				}

				@Override
				public void beforeCommit() {
				}
			};
		}
	}

	/** Inside the caller's transaction: a refused version rolls back the dedup mark with everything else. */
	private void handleOnce(String consumer, ConsumerRecord<?, String> record, ReceivedEvent event, Consumer<ReceivedEvent> handler) {
		if (processed.firstTime(consumer, event.id())) {
			versions.requirePlausible(consumer, record.topic(), event);
			handled(consumer, record).observe(() -> handler.accept(event));
		}
		else {
			log.debug("{} skips event {} ({}): already handled", consumer, event.id(), event.type());
		}
	}

	/**
	 * {@link #handleOnce} for a batch with the inbox's own bookkeeping in three statements instead of three per event
	 * (docs/adr/0070): one insert marks the batch's event ids handled and answers the new ones, one select reads the
	 * applied versions of the batch's subjects, one upsert raises them after the handlers ran. Same transaction, same
	 * order, same checks: a duplicate (also one twice in the batch) is skipped, an implausible version fails the batch.
	 */
	private void handleAllOnce(String consumer, List<? extends ConsumerRecord<?, String>> records, List<ReceivedEvent> events,
			BatchHandler handler) {
		Set<UUID> fresh = processed.firstTimes(consumer, events.stream().map(ReceivedEvent::id).toList());
		List<Map.Entry<String, ReceivedEvent>> candidates = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			if (fresh.contains(events.get(i).id())) {
				candidates.add(Map.entry(records.get(i).topic(), events.get(i)));
			}
		}
		AppliedVersions.Batch applied = versions.batch(consumer, candidates);
		for (int i = 0; i < events.size(); i++) {
			ConsumerRecord<?, String> record = records.get(i);
			ReceivedEvent event = events.get(i);
			if (fresh.remove(event.id())) {
				applied.requirePlausible(record.topic(), event);
				handled(consumer, record).observe(() -> handler.accept(event));
			}
			else {
				log.debug("{} skips event {} ({}): already handled", consumer, event.id(), event.type());
			}
		}
		handler.beforeCommit();
		applied.save();
	}

	/**
	 * The handling of one record as an observation that continues the producer's trace from the record's
	 * {@code traceparent} header: a batch listener gets no observation of Spring Kafka's, so without this the
	 * request → outbox → Kafka → projection trace would end at the topic; with it the handler's log lines carry the
	 * trace id of the request that caused the event. Also timed: {@code ejd_event_handled_seconds{consumer, topic}}.
	 */
	private Observation handled(String consumer, ConsumerRecord<?, String> record) {
		ReceiverContext<ConsumerRecord<?, String>> context = new ReceiverContext<>((carrier, key) -> {
			Header header = carrier.headers().lastHeader(key);
			return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
		});
		context.setCarrier(record);
		context.setRemoteServiceName("kafka");
		return Observation.createNotStarted("ejd.event.handled", () -> context, observations)
			.contextualName(record.topic() + " handle")
			.lowCardinalityKeyValue("consumer", consumer)
			.lowCardinalityKeyValue("topic", record.topic());
	}

	/**
	 * Handles the records of one poll (a batch listener) in one transaction: one commit for all instead of one per record,
	 * which is what bounds a busy topic's throughput. If any record fails, that transaction is rolled back and the records
	 * are handled again one by one as {@link #receive} does, so those before the failing one are kept and the failing one
	 * is named to the error handler ({@link BatchListenerFailedException}: retried, then sent to the dead-letter topic).
	 */
	public void receiveAll(String consumer, List<? extends ConsumerRecord<?, String>> records, Consumer<ReceivedEvent> handler) {
		receiveAll(consumer, records, () -> BatchHandler.of(handler));
	}

	/**
	 * {@link #receiveAll(String, List, Consumer)} with a {@link BatchHandler}: a new one from {@code handlers} for the
	 * poll's transaction, and for each record's when the poll is handled again one by one.
	 */
	public void receiveAll(String consumer, List<? extends ConsumerRecord<?, String>> records,
			Supplier<? extends BatchHandler> handlers) {
		try {
			List<ReceivedEvent> events = records.stream().map(r -> contracts.typed(contracts.read(r.topic(), r.value()))).toList();
			transactions.executeWithoutResult(status -> handleAllOnce(consumer, records, events, handlers.get()));
		}
		catch (RuntimeException batchFailed) {
			log.debug("{}: a batch of {} failed ({}); one by one", consumer, records.size(), batchFailed.getMessage());
			for (int i = 0; i < records.size(); i++) {
				try {
					receive(consumer, records.get(i), handlers);
				}
				catch (RuntimeException failed) {
					throw new BatchListenerFailedException(failed.getMessage(), failed, i);
				}
			}
		}
	}
}
