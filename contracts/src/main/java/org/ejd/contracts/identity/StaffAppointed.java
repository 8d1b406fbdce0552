package org.ejd.contracts.identity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A staff member holds these roles at a school: the full current set, a later version replaces an earlier one. */
public record StaffAppointed(UUID personId, UUID schoolId, List<String> roles, String lastName, String firstName,
		@Nullable String middleName) implements IdentityEvent {

	public static final String TYPE = "identity.staff.appointed";

	public static final String TOPIC = "identity.staff.v1";
}
