package org.ejd.identity.desk;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where and when a school takes access applications, as its admin set it.
 *
 * @param hours the desk's opening hours as the school words them («пн–пт 9:00–17:00, каб. 12»)
 * @param formText the school's own text of the application form (its order's wording); null: the default text
 */
public record AccessDesk(UUID schoolId, String hours, @Nullable String place, @Nullable String phone, @Nullable String email,
		@Nullable String formText, Instant setAt, String setBy, long version) {
}
