package org.ejd.diary.changes;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ejd.diary.family.Family;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Component;

/**
 * What a caller's feed holds, decided again on every read: a student their own records, a guardian the children they
 * represent today, a school admin (and an app acting for one) the schools of their token. Everyone else has no feed.
 */
@Component
class FeedScopes {

	private final Family family;

	private final SchoolTime time;

	FeedScopes(Family family, SchoolTime time) {
		this.family = family;
		this.time = time;
	}

	/** Only the feed's callers (a school-admin of schools, a guardian, a student) use it and its webhooks at all. */
	static void requireFeedCaller(Caller caller) {
		boolean admin = caller.has(Role.SCHOOL_ADMIN) && !caller.schoolIds().isEmpty();
		boolean family = (caller.has(Role.GUARDIAN) || caller.has(Role.STUDENT)) && caller.personId() != null;
		if (!admin && !family) {
			throw Refusal.notAllowed("diary.changes.no-scope");
		}
	}

	Scope of(Caller caller) {
		if (caller.has(Role.SCHOOL_ADMIN) && !caller.schoolIds().isEmpty()) {
			return new Scope(Set.of(), Set.copyOf(caller.schoolIds()));
		}
		if (caller.has(Role.GUARDIAN) && caller.personId() != null) {
			return new Scope(family.representedBy(caller.person(), time::today).stream()
				.map(Family.StudentCard::id).collect(Collectors.toUnmodifiableSet()), Set.of());
		}
		if (caller.has(Role.STUDENT) && caller.personId() != null) {
			return new Scope(Set.of(caller.person()), Set.of());
		}
		throw Refusal.notAllowed("diary.changes.no-scope");
	}

	/** Students named one by one, or whole schools. */
	record Scope(Set<UUID> students, Set<UUID> schools) {

		UUID[] studentsArray() {
			return students.toArray(UUID[]::new);
		}

		UUID[] schoolsArray() {
			return schools.toArray(UUID[]::new);
		}
	}
}
