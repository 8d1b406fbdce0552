package org.ejd.contracts.oneroster;

import org.ejd.contracts.EventData;

/** The data of an event oneroster-service publishes; a {@code switch} over it names every type. */
public sealed interface OneRosterEvent extends EventData permits ResultSubmitted, ResultWithdrawn {
}
