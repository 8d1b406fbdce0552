package org.ejd.contracts.consent;

import org.ejd.contracts.EventData;

/** The data of an event consent-service publishes; a {@code switch} over it names every type. */
public sealed interface ConsentEvent extends EventData
		permits ConsentRecorded, DeliveryFormChanged, ContactVerificationRequested, ContactVerified, PreferencesChanged {
}
