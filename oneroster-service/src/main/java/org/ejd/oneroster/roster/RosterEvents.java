package org.ejd.oneroster.roster;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.SchoolRegistered;
import org.ejd.contracts.identity.StaffAppointed;
import org.ejd.contracts.identity.StudentLeft;
import org.ejd.contracts.identity.StudentRegistered;
import org.ejd.contracts.journal.MarkCorrected;
import org.ejd.contracts.journal.MarkDeleted;
import org.ejd.contracts.journal.MarkPosted;
import org.ejd.contracts.journal.PeriodDefined;
import org.ejd.contracts.journal.StudentEnrolled;
import org.ejd.contracts.journal.TeacherAssigned;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the {@link Roster} from identity's and journal's topics: one typed record per event, versioned upserts. */
@Component
class RosterEvents {

	private final EventInbox inbox;

	private final Roster roster;

	RosterEvents(EventInbox inbox, Roster roster) {
		this.inbox = inbox;
		this.roster = roster;
	}

	@KafkaListener(id = "oneroster-identity", topics = { SchoolRegistered.TOPIC, StudentRegistered.TOPIC, StaffAppointed.TOPIC },
			batch = "true", containerPostProcessor = EventInbox.BATCH_ACKS)
	void onIdentity(List<ConsumerRecord<String, String>> records) {
		// a class's roster is 75 person events at once: the records of a poll in one transaction (ADR 0109)
		inbox.receiveAll("oneroster.identity", records, this::apply);
	}

	@KafkaListener(id = "oneroster-journal", topics = { StudentEnrolled.TOPIC, TeacherAssigned.TOPIC, PeriodDefined.TOPIC,
			MarkPosted.TOPIC }, batch = "true", containerPostProcessor = EventInbox.BATCH_ACKS)
	void onJournal(List<ConsumerRecord<String, String>> records) {
		// every mark lands here: the records of a poll in one transaction with one offset commit (ADR 0070)
		inbox.receiveAll("oneroster.journal", records, JournalPoll::new);
	}

	/**
	 * The events of one transaction: posted and corrected states of marks wait and are written together before the commit
	 * (a JDBC batch instead of two statements a mark: issue 13, ADR 0090); any other event first writes what waits, so
	 * every event applies after the ones before it, as if each were applied at once.
	 */
	private final class JournalPoll implements EventInbox.BatchHandler {

		private final List<Roster.MarkState> states = new ArrayList<>();

		@Override
		public void accept(ReceivedEvent event) {
			switch (event.data()) {
				case MarkPosted m -> states.add(Roster.MarkState.of(m, event.version(), event.time()));
				case MarkCorrected m -> states.add(Roster.MarkState.of(m, event.version(), event.time()));
				default -> {
					beforeCommit();
					apply(event);
				}
			}
		}

		/** Writes the states that wait. */
		@Override
		public void beforeCommit() {
			List<Roster.MarkState> waiting = List.copyOf(states);
			states.clear();
			roster.marks(waiting);
		}
	}

	private void apply(ReceivedEvent event) {
		long version = event.version();
		switch (event.data()) {
			case SchoolRegistered s -> roster.school(s, version, event.time());
			case StudentRegistered s -> roster.student(s, version, event.time());
			case StudentLeft s -> roster.studentLeft(s, version, event.time());
			case StaffAppointed s -> roster.staff(s, version, event.time());
			case StudentEnrolled e -> roster.enrolment(e, version, event.time());
			case TeacherAssigned t -> roster.teaching(t, version, event.time());
			case PeriodDefined p -> roster.period(p, version, event.time());
			case MarkDeleted m -> roster.markDeleted(m, version, event.time());
			default -> {
				// posted and corrected marks are JournalPoll's; other facts on these topics (guardians, grades, lessons...):
				// nothing OneRoster serves
			}
		}
	}
}
