package org.ejd.identity.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.BusinessClock;
import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.accounts.AccountEvents.Changed.Change;
import org.ejd.identity.contacts.ContactsOnFile;
import org.ejd.identity.contacts.Delivery;
import org.ejd.identity.contacts.SecretTexts;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.identity.people.PersonEvents;
import org.ejd.identity.regions.Region;
import org.ejd.identity.regions.Regions;
import org.ejd.identity.representations.Representations;
import org.ejd.identity.schools.School;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school locks, unlocks and revokes the accounts it issued (A3: access lasts for the period of
 * study, and ends with it). Locking disables the Keycloak user and ends its sessions; revoking deletes
 * it, and the person may apply again. Only a region operator touches a school admin's account, as
 * only the region appoints school admins. Keycloak is called last in each transaction: when it fails,
 * nothing of the change stays.
 */
@Service
public class AccountLifecycle {

	private final People people;

	private final Accounts accounts;

	private final KeycloakAccounts keycloak;

	private final ApplicationEventPublisher events;

	private final SchoolAccess access;

	private final Schools schools;

	private final AccountOpening opening;

	private final Regions regions;

	private final Representations representations;

	private final Clock clock;

	private final ContactsOnFile contacts;

	private final SecretTexts texts;

	private final PersonalDataAudit audit;

	AccountLifecycle(People people, Accounts accounts, KeycloakAccounts keycloak, ApplicationEventPublisher events,
			SchoolAccess access, Schools schools, AccountOpening opening, Regions regions, Representations representations,
			@BusinessClock Clock clock, ContactsOnFile contacts, SecretTexts texts, PersonalDataAudit audit) {
		this.audit = audit;
		this.contacts = contacts;
		this.texts = texts;
		this.people = people;
		this.accounts = accounts;
		this.keycloak = keycloak;
		this.events = events;
		this.access = access;
		this.schools = schools;
		this.opening = opening;
		this.regions = regions;
		this.representations = representations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Account get(Caller caller, UUID personId) {
		manageable(caller, personId);
		Account account = accounts.find(personId).orElseThrow(() -> Refusal.unknown("identity.account.not-found"));
		audit.read(caller, personId, "account");
		return account;
	}

	@Transactional
	public Account lock(Caller caller, UUID personId, @Nullable String reason) {
		Person person = changeable(caller, personId);
		Account account = current(personId);
		if (account.status() == Account.Status.LOCKED) {
			throw Refusal.conflict("identity.account.already-locked");
		}
		Instant now = clock.instant();
		long version = accounts.status(personId, Account.Status.LOCKED, now, reason);
		events.publishEvent(new AccountEvents.Changed(UUID.randomUUID(), now, personId, person.schoolId(), Change.LOCKED, version));
		keycloak.setEnabled(account.keycloakUserId(), false);
		return accounts.find(personId).orElseThrow();
	}

	@Transactional
	public Account unlock(Caller caller, UUID personId) {
		Person person = changeable(caller, personId);
		Account account = current(personId);
		if (account.status() != Account.Status.LOCKED) {
			throw Refusal.conflict("identity.account.not-locked");
		}
		long version = accounts.status(personId, Account.Status.ACTIVE, null, null);
		events.publishEvent(new AccountEvents.Changed(UUID.randomUUID(), clock.instant(), personId, person.schoolId(),
				Change.UNLOCKED, version));
		keycloak.setEnabled(account.keycloakUserId(), true);
		return accounts.find(personId).orElseThrow();
	}

	@Transactional
	public void revoke(Caller caller, UUID personId, @Nullable String reason) {
		Person person = changeable(caller, personId);
		revokeNow(person, current(personId), caller.subject(), reason);
	}

	/**
	 * A guardian's last representation ended: the account goes, as a school would revoke it, recorded
	 * as done by eJD. Checked again here, in the transaction, against a representation made meanwhile.
	 */
	@Transactional
	public void revokeWithoutRepresentations(UUID personId) {
		Person person = people.find(personId).orElseThrow();
		if (person.kind() == Person.Kind.GUARDIAN && opening.schoolsOf(person).isEmpty()) {
			revokeByEjd(person, "Нет представляемых обучающихся: представительство прекращено");
		}
	}

	/**
	 * A student left the school: their account goes in the same transaction (Keycloak last), and each
	 * guardian's schools are recomputed after it commits, which revokes a guardian left with nobody.
	 */
	@EventListener
	void on(PersonEvents.StudentLeft left) {
		people.find(left.studentId()).ifPresent(student -> revokeByEjd(student, "Обучающийся выбыл из школы"));
		representations.guardiansOf(left.studentId()).forEach(guardian -> events.publishEvent(new AccountClaimsChanged(guardian)));
	}

	private void revokeByEjd(Person person, String reason) {
		accounts.lock(person.id()).ifPresent(account -> revokeNow(person, account, "ejd", reason));
	}

	/** Moves the account to the revoked ones, tells others, and deletes the Keycloak user last. */
	private void revokeNow(Person person, Account account, String by, @Nullable String reason) {
		Instant now = clock.instant();
		long version = accounts.revoke(person.id(), by, reason, now);
		events.publishEvent(new AccountEvents.Changed(UUID.randomUUID(), now, person.id(), person.schoolId(), Change.REVOKED, version));
		keycloak.remove(account.keycloakUserId());
	}

	/**
	 * The holder forgot the password: the school gives a temporary one, which Keycloak makes them replace
	 * at the next sign-in. It goes once: on the letter printed now ({@code onLetter}), or to the holder's
	 * verified contact (email, else SMS) in {@code identity.account.password-reset}; without one the school
	 * is told to print (409, nothing changed). Never back to the school as text. Sessions end and a
	 * brute-force lockout is cleared. A locked account stays locked: unlock it first (409).
	 */
	@Transactional
	public PasswordReset resetPassword(Caller caller, UUID personId, boolean onLetter) {
		Person person = changeable(caller, personId);
		if (person.schoolId() == null && !people.regionsOf(personId).isEmpty()) {
			// a region operator's password is not reset by a peer: whoever has one operator's account would have all
			throw Refusal.notAllowed("identity.account.operator-reset-by-peer");
		}
		Account account = current(personId);
		if (account.status() == Account.Status.LOCKED) {
			throw Refusal.conflict("identity.account.locked");
		}
		Delivery delivery = onLetter ? Delivery.LETTER : contacts.sendTo(personId);
		Instant now = clock.instant();
		long version = accounts.touch(personId);
		String temporary = TemporaryPasswords.next();
		events.publishEvent(new AccountEvents.PasswordReset(UUID.randomUUID(), now, personId, person.schoolId(), delivery.channel(),
				delivery.sent() ? texts.temporaryPassword(delivery, account.username(), temporary) : null, version));
		keycloak.resetPassword(account.keycloakUserId(), temporary);
		// a region operator has no school: the letter names the region
		String issuer;
		ZoneId zone;
		if (person.schoolId() != null) {
			School school = schools.find(person.schoolId()).orElseThrow();
			issuer = school.name();
			zone = SchoolTime.zoneOf(school.timeZone());
		}
		else {
			Region region = people.regionsOf(personId).stream().findFirst().flatMap(regions::find).orElseThrow();
			issuer = region.name();
			zone = SchoolTime.zoneOf(region.timeZone());
		}
		// the letter names the holder; sent, the answer shows their masked contact
		audit.read(caller, personId, onLetter ? "password-letter" : "password-contact");
		return new PasswordReset(personId, account.username(), temporary, now, new PasswordReset.Holder(person.lastName(),
				person.firstName(), person.middleName(), issuer, LocalDate.ofInstant(now, zone)), delivery);
	}

	/**
	 * A temporary password, in clear only for the printed letter (which also names the holder and the
	 * school); {@code delivery} says where it went.
	 */
	public record PasswordReset(UUID personId, String username, String temporaryPassword, Instant resetAt, Holder holder,
			Delivery delivery) {

		public record Holder(String lastName, String firstName, @Nullable String middleName, String schoolName, LocalDate issuedOn) {
		}


		@Override
		public String toString() {
			return "PasswordReset[personId=" + personId + ", username=" + username + "]";
		}
	}

	private Account current(UUID personId) {
		return accounts.lock(personId).orElseThrow(() -> Refusal.unknown("identity.account.not-found"));
	}

	/** Unknown, or of a school the caller does not manage: the same answer, so nothing leaks. */
	private Person manageable(Caller caller, UUID personId) {
		return people.find(personId)
			.filter(p -> access.managesPerson(caller, p.schoolId(), () -> people.regionsOf(p.id())))
			.orElseThrow(() -> Refusal.unknown("identity.person.not-found"));
	}

	/**
	 * A person whose account the caller may issue or change: one they manage, and, for a school's
	 * admin, only by an operator of the school's region (a school admin does not give a colleague an
	 * account or a password).
	 */
	Person changeable(Caller caller, UUID personId) {
		Person person = manageable(caller, personId);
		boolean schoolAdmin = person.kind() == Person.Kind.STAFF
				&& people.rolesOf(personId).stream().anyMatch(r -> r.role().equals(Role.SCHOOL_ADMIN.realmName()));
		if (schoolAdmin && !access.operatesRegionOf(caller, person.schoolId())) {
			throw Refusal.notAllowed("identity.account.admin-by-region-only");
		}
		return person;
	}
}
