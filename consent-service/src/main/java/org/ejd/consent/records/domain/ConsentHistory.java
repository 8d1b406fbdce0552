package org.ejd.consent.records.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's consent history in the order it was written (by aggregate version), and the state it
 * leads to: each record supersedes the ones before it, so the latest decision counts, whoever of
 * the entitled people made it. This is the same fold a consumer of consent.records.v1 does.
 */
public record ConsentHistory(List<ConsentRecord> records) {

	public ConsentHistory {
		records = records.stream().sorted(Comparator.comparingLong(ConsentRecord::version)).toList();
	}

	public ConsentState current() {
		ConsentState state = ConsentState.NONE;
		for (ConsentRecord record : records) {
			state = after(state, record);
		}
		return state;
	}

	/** A withdrawal needs a consent to withdraw. */
	public boolean allows(Decision decision) {
		return decision != Decision.WITHDRAWN || current().processingAllowed();
	}

	public ConsentHistory with(ConsentRecord record) {
		List<ConsentRecord> more = new ArrayList<>(records);
		more.add(record);
		return new ConsentHistory(more);
	}

	private static ConsentState after(ConsentState before, ConsentRecord record) {
		ConsentState.Status status = switch (record.decision()) {
			case GIVEN -> ConsentState.Status.GIVEN;
			case REFUSED -> ConsentState.Status.REFUSED;
			case WITHDRAWN -> ConsentState.Status.WITHDRAWN;
		};
		return new ConsentState(status, record.textVersion(), record.recordedAt(), record.givenBy(), record.version());
	}
}
