package org.ejd.identity.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.platform.time.BusinessClock;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.identity.representations.Representations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a person's Keycloak account, whoever asked for it (the desk with a password, or the
 * holder of an access code): the user carries the person's realm roles and the {@code person_id}
 * and {@code school_ids} claims, is recorded in {@code account} and announced as
 * {@code identity.account.opened}. The caller's transaction decides on the rest; a failed record
 * deletes the user again, so no half-made account stays.
 */
@Component
public class AccountOpening {

	private final People people;

	private final Representations representations;

	private final Accounts accounts;

	private final KeycloakAccounts keycloak;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountOpening(People people, Representations representations, Accounts accounts, KeycloakAccounts keycloak,
			ApplicationEventPublisher events, @BusinessClock Clock clock) {
		this.people = people;
		this.representations = representations;
		this.accounts = accounts;
		this.keycloak = keycloak;
		this.events = events;
		this.clock = clock;
	}

	/** Creates the Keycloak user and records it; refusals (login taken, password policy) pass through as 4xx. */
	public Opened open(Person person, String username, String password, Account.Via via) {
		return open(person, username, password, false, via);
	}

	/** @param temporary whether the holder must replace the password at the first sign-in */
	public Opened open(Person person, String username, String password, boolean temporary, Account.Via via) {
		Set<UUID> schools = schoolsOf(person);
		List<String> roles = rolesOf(person);
		String keycloakId = keycloak.create(username, password, temporary, person.firstName(), person.lastName(), person.id(), schools,
				people.regionsOf(person.id()), roles);
		try {
			Instant now = clock.instant();
			long version = accounts.insert(person.id(), keycloakId, username, via, now);
			events.publishEvent(new AccountEvents.Opened(UUID.randomUUID(), now, person.id(), person.schoolId(),
					person.kind().name().toLowerCase(), roles, schools, via.wire(), version));
		}
		catch (RuntimeException ex) {
			keycloak.delete(keycloakId);
			throw ex;
		}
		return new Opened(person.id(), username, roles, schools);
	}

	/** The {@code school_ids} claim: a student's school, a guardian's represented students' schools, a staff member's. */
	Set<UUID> schoolsOf(Person person) {
		Set<UUID> schools = new LinkedHashSet<>();
		switch (person.kind()) {
			case STUDENT -> schools.add(person.schoolId());
			case GUARDIAN -> schools.addAll(representations.schoolsRepresentedBy(person.id()));
			case STAFF -> people.rolesOf(person.id()).forEach(r -> schools.add(r.schoolId()));
		}
		return schools;
	}

	List<String> rolesOf(Person person) {
		return switch (person.kind()) {
			case STUDENT -> List.of("student");
			case GUARDIAN -> List.of("guardian");
			case STAFF -> {
				LinkedHashSet<String> roles = new LinkedHashSet<>(people.rolesOf(person.id()).stream().map(People.StaffRole::role).toList());
				if (!people.regionsOf(person.id()).isEmpty()) {
					roles.add("region-operator");
				}
				yield new ArrayList<>(roles);
			}
		};
	}

	/** An opened account as its holder may see it: never the password. */
	public record Opened(UUID personId, String username,
			@ArraySchema(schema = @Schema(allowableValues = { "student", "guardian", "teacher", "class-teacher", "deputy-head", "school-admin", "region-operator" })) List<String> roles, Set<UUID> schoolIds) {
	}
}
