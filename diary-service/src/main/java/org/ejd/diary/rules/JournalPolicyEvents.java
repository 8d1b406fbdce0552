package org.ejd.diary.rules;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.AveragingPolicyChanged;
import org.ejd.contracts.journal.DeadlinePolicyChanged;
import org.ejd.contracts.journal.MarkScalesChanged;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link SchoolRules} from journal.policies.v1. */
@Component
class JournalPolicyEvents {

	private final EventInbox inbox;

	private final SchoolRules rules;

	JournalPolicyEvents(EventInbox inbox, SchoolRules rules) {
		this.inbox = inbox;
		this.rules = rules;
	}

	@KafkaListener(id = "diary-policies", topics = AveragingPolicyChanged.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.policies", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case AveragingPolicyChanged p -> rules.averaging(p);
			case DeadlinePolicyChanged p -> rules.deadlines(p);
			case MarkScalesChanged p -> rules.scales(p);
			default -> {
				// a policy this build does not show yet
			}
		}
	}
}
