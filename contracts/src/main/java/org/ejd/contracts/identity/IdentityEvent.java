package org.ejd.contracts.identity;

import org.ejd.contracts.EventData;

/** The data of an event identity-service publishes; a {@code switch} over it names every type. */
public sealed interface IdentityEvent extends EventData
		permits SchoolRegistered, StudentRegistered, GuardianRegistered, StudentLeft, EsiaIdRecorded, StaffAppointed, RepresentationEstablished,
		RepresentationEnded, AccountOpened, AccountLocked, AccountUnlocked, AccountRevoked, AccountPasswordReset, AccountPortalLinked,
		AccountPortalUnlinked, ApplicationReceived, ApplicationContactsGiven, ApplicationCodeIssued, ApplicationRefused, ApplicationOverdueSoon,
		ApplicationOverdue, AppRegistered, AppSuspended, AppResumed {
}
