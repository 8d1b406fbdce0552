package org.ejd.platform.kafka;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventContracts;
import org.ejd.platform.events.ReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every consumer does with a record before its own logic: parse and check the envelope
 * against the contract (an invalid one goes to the dead-letter topic), drop an event id it has
 * already handled, and run the handler in one database transaction with the dedup mark.
 */
public class EventInbox {

	private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

	private final EventContracts contracts;

	private final ProcessedEvents processed;

	private final TransactionTemplate transactions;

	public EventInbox(EventContracts contracts, ProcessedEvents processed, TransactionTemplate transactions) {
		this.contracts = contracts;
		this.processed = processed;
		this.transactions = transactions;
	}

	/**
	 * Handles a record once: the handler gets the event with its data read into the contract's record.
	 * @param consumer a stable name of the consuming feature, e.g. {@code diary.marks}
	 */
	public void receive(String consumer, ConsumerRecord<?, String> record, Consumer<ReceivedEvent> handler) {
		ReceivedEvent event = contracts.typed(contracts.read(record.topic(), record.value()));
		transactions.executeWithoutResult(status -> {
			if (processed.firstTime(consumer, event.id())) {
				handler.accept(event);
			}
			else {
				log.debug("{} skips event {} ({}): already handled", consumer, event.id(), event.type());
			}
		});
	}
}
