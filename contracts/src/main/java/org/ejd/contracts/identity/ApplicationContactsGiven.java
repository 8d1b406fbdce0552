package org.ejd.contracts.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A regional portal passed the applicant's email and/or mobile number with its application (seed 000, C3): for
 * consent-service, which records them as unverified contacts and sends each a code. {@code toString} hides them.
 */
public record ApplicationContactsGiven(UUID applicationId, UUID personId, @Nullable String email, @Nullable String phone)
		implements IdentityEvent {

	public static final String TYPE = "identity.application.contacts-given";

	public static final String TOPIC = "identity.applications.v1";

	@Override
	public String toString() {
		return "ApplicationContactsGiven[applicationId=" + applicationId + ", email=" + (email != null) + ", phone=" + (phone != null)
				+ "]";
	}
}
