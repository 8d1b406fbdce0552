package org.ejd.notification.delivery;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationContext;

/** Hands records to the journal consumer as one poll, as its container would: a test cannot make Kafka return them together. */
public final class JournalPolls {

	private JournalPolls() {
	}

	public static void handle(ApplicationContext context, List<ConsumerRecord<String, String>> poll) {
		context.getBean(JournalEvents.class).on(poll);
	}
}
