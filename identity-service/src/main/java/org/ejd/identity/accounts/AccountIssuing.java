package org.ejd.identity.accounts;

import java.util.Set;
import java.util.UUID;

import org.ejd.identity.representations.RepresentationEnded;
import org.ejd.identity.representations.RepresentationEstablished;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.platform.security.Caller;
import org.ejd.platform.refusal.Refusal;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's responsible person issues a login and password to a person at the desk (A3). The
 * other way in, an access code the holder redeems, is {@code codes.Activation}; both open the
 * account through {@link AccountOpening}, so roles and claims are the same.
 */
@Service
public class AccountIssuing {

	private final People people;

	private final Accounts accounts;

	private final AccountOpening opening;

	private final KeycloakAccounts keycloak;

	private final AccountLifecycle lifecycle;

	AccountIssuing(People people, Accounts accounts, AccountOpening opening, KeycloakAccounts keycloak,
			AccountLifecycle lifecycle) {
		this.people = people;
		this.accounts = accounts;
		this.opening = opening;
		this.keycloak = keycloak;
		this.lifecycle = lifecycle;
	}

	@Transactional
	public AccountOpening.Opened issue(Caller caller, UUID personId, String username, String password, boolean temporary) {
		// unknown, or of a school the caller does not manage: the same answer, so nothing leaks
		Person person = lifecycle.changeable(caller, personId);
		if (accounts.exists(personId)) {
			throw Refusal.conflict("identity.account.exists");
		}
		return opening.open(person, username, password, temporary, Account.Via.DESK);
	}

	/**
	 * Keeps the Keycloak claims in step with representations and appointments, after they commit. A
	 * guardian left with no represented student loses the account (A3: access lasts while there is
	 * someone to represent); a new representation means a new application.
	 */
	@ApplicationModuleListener
	void on(AccountClaimsChanged changed) {
		followClaims(changed.personId());
	}

	/** A guardian's new representation adds the student's school to the guardian's claims. */
	@ApplicationModuleListener
	void on(RepresentationEstablished established) {
		followClaims(established.representation().guardianId());
	}

	/** An ended representation may take a school from the claims, or the last reason for the account. */
	@ApplicationModuleListener
	void on(RepresentationEnded ended) {
		followClaims(ended.representation().guardianId());
	}

	private void followClaims(UUID personId) {
		people.find(personId).ifPresent(person -> accounts.keycloakIdOf(person.id()).ifPresent(id -> {
			Set<UUID> schools = opening.schoolsOf(person);
			if (person.kind() == Person.Kind.GUARDIAN && schools.isEmpty()) {
				lifecycle.revokeWithoutRepresentations(person.id());
			}
			else {
				keycloak.updateClaims(id, person.id(), schools, people.regionsOf(person.id()));
			}
		}));
	}
}
