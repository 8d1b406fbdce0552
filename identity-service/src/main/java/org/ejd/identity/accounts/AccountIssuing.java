package org.ejd.identity.accounts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.identity.representations.Representations;
import org.ejd.platform.security.Caller;
import org.ejd.platform.web.ApiException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's responsible person issues a login and password to a person (A3); the Keycloak
 * user carries the person's roles and the {@code person_id} and {@code school_ids} claims.
 * Access codes, activation and the rest of the credential lifecycle build on this (A4).
 */
@Service
public class AccountIssuing {

	private final People people;

	private final Representations representations;

	private final Accounts accounts;

	private final KeycloakAccounts keycloak;

	AccountIssuing(People people, Representations representations, Accounts accounts, KeycloakAccounts keycloak) {
		this.people = people;
		this.representations = representations;
		this.accounts = accounts;
		this.keycloak = keycloak;
	}

	@Transactional
	public Issued issue(Caller caller, UUID personId, String username, String password) {
		// unknown, or of a school the caller does not manage: the same answer, so nothing leaks
		Person person = people.find(personId)
			.filter(p -> p.schoolId() != null && SchoolAccess.manages(caller, p.schoolId()))
			.orElseThrow(() -> ApiException.notFound("identity.person.not-found"));
		if (accounts.exists(personId)) {
			throw ApiException.conflict("identity.account.exists");
		}
		String keycloakId = keycloak.create(username, password, person.firstName(), person.lastName(), personId,
				schoolsOf(person), rolesOf(person));
		try {
			accounts.insert(personId, keycloakId, username);
		}
		catch (RuntimeException ex) {
			keycloak.delete(keycloakId);
			throw ex;
		}
		return new Issued(personId, username, rolesOf(person), schoolsOf(person));
	}

	/** Keeps the Keycloak claims in step with representations and appointments, after they commit. */
	@ApplicationModuleListener
	void on(AccountClaimsChanged changed) {
		people.find(changed.personId()).ifPresent(person -> accounts.keycloakIdOf(person.id())
			.ifPresent(id -> keycloak.updateClaims(id, person.id(), schoolsOf(person))));
	}

	private Set<UUID> schoolsOf(Person person) {
		Set<UUID> schools = new LinkedHashSet<>();
		switch (person.kind()) {
			case STUDENT -> schools.add(person.schoolId());
			case GUARDIAN -> schools.addAll(representations.schoolsRepresentedBy(person.id()));
			case STAFF -> people.rolesOf(person.id()).forEach(r -> schools.add(r.schoolId()));
		}
		return schools;
	}

	private List<String> rolesOf(Person person) {
		return switch (person.kind()) {
			case STUDENT -> List.of("student");
			case GUARDIAN -> List.of("guardian");
			case STAFF -> new ArrayList<>(new LinkedHashSet<>(people.rolesOf(person.id()).stream().map(People.StaffRole::role).toList()));
		};
	}

	public record Issued(UUID personId, String username, List<String> roles, Set<UUID> schoolIds) {
	}
}
