package org.ejd.identity.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.BusinessClock;
import org.ejd.identity.access.AttemptWindows;
import org.ejd.identity.accounts.Account;
import org.ejd.identity.accounts.AccountEvents;
import org.ejd.identity.accounts.AccountEvents.Changed.Change;
import org.ejd.identity.accounts.AccountEvents.Changed.PortalAccount;
import org.ejd.identity.accounts.Accounts;
import org.ejd.identity.accounts.KeycloakAccounts;
import org.ejd.identity.applications.domain.PortalAge;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.identity.people.Snils;
import org.ejd.identity.regions.PortalRegions;
import org.ejd.identity.schools.School;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A regional portal links its user's confirmed account to the user's diary account, once (A7): by
 * the SNILS the portal confirmed, or by the diary login and password the user types on the portal.
 * Keycloak then brokers the portal's login to the diary without asking again (ADR 0009). Only
 * guardians and students from their 14th birthday, with a school-issued account that is not locked
 * (A3, A6). The portal signs an assertion of its user for each link, checked first (issue 12, ADR 0043).
 * The link is written here and in Keycloak, Keycloak last: when it fails, nothing stays.
 */
@Service
@EnableConfigurationProperties(PortalProperties.class)
public class PortalLinking {

	private final PortalLinks links;

	private final People people;

	private final Schools schools;

	private final Accounts accounts;

	private final KeycloakAccounts keycloak;

	private final PortalProperties properties;

	private final PortalRegions regions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AttemptWindows credentialAttempts;

	private final TransactionTemplate transaction;

	private final PortalAssertions assertions;

	private final PersonalDataAudit audit;

	PortalLinking(PortalLinks links, People people, Schools schools, Accounts accounts, KeycloakAccounts keycloak,
			PortalProperties properties, PortalRegions regions, ApplicationEventPublisher events, @BusinessClock Clock clock,
			PlatformTransactionManager transactions, PortalAssertions assertions, PersonalDataAudit audit) {
		this.audit = audit;
		this.assertions = assertions;
		this.regions = regions;
		this.links = links;
		this.people = people;
		this.schools = schools;
		this.accounts = accounts;
		this.keycloak = keycloak;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.credentialAttempts = new AttemptWindows(properties.credentialAttemptsPerWindow(), properties.window(), clock);
		this.transaction = new TransactionTemplate(transactions);
	}

	/** How the portal proves who its user is: exactly one of SNILS or the diary credentials. */
	public sealed interface Proof {

		record BySnils(String snils) implements Proof {
		}

		record ByCredentials(String login, String password) implements Proof {

			@Override
			public String toString() {
				return "ByCredentials[login=" + login + "]";
			}
		}
	}

	/** {@code assertion}: the compact JWS the portal signed for this link (ADR 0043). */
	public record LinkPortalAccount(String portalUserId, @Nullable String portalUsername, boolean accountConfirmed,
			Proof proof, @Nullable String esiaId, @Nullable String assertion) {

		@Override
		public String toString() {
			return "LinkPortalAccount[portalUserId=" + portalUserId + ", proof=" + proof + "]";
		}
	}

	/** A link and its holder as the portal sees it; {@code created} is false when it already existed. */
	public record Linked(PortalLink link, Person holder, boolean created) {
	}

	public Linked link(Caller caller, LinkPortalAccount command) {
		String provider = providerOf(caller);
		if (!command.accountConfirmed()) {
			throw Refusal.againstRule("identity.portal-link.unconfirmed");
		}
		// the portal signs who its user is before anything of the person is looked at (issue 12, ADR 0043)
		PortalAssertions.Asserted asserted = assertions.verify(caller.clientId(), command.portalUserId(), command.assertion());
		if (command.esiaId() != null && !command.esiaId().equals(asserted.esiaId())) {
			throw Refusal.againstRule("identity.portal-assertion.esia");
		}
		Person person = switch (command.proof()) {
			case Proof.BySnils bySnils -> bySnils(bySnils.snils(), asserted);
			case Proof.ByCredentials credentials -> byCredentials(caller, credentials);
		};
		PortalLink.Via via = command.proof() instanceof Proof.BySnils ? PortalLink.Via.SNILS : PortalLink.Via.CREDENTIALS;
		Linked linked = transaction.execute(status -> linkInTransaction(caller, provider, command, person, via));
		// the portal learns whose diary its user's account opens (name and kind)
		audit.read(caller, person.id(), "portal-link");
		return linked;
	}

	private Linked linkInTransaction(Caller caller, String provider, LinkPortalAccount command, Person person,
			PortalLink.Via via) {
		// a portal links only people of the regions it serves: others look unknown to it (issues 12, 15)
		School school = person.schoolId() == null ? null : schools.find(person.schoolId()).orElse(null);
		if (school == null || !regions.serves(caller.clientId(), school.regionCode())) {
			throw Refusal.unknown("identity.portal-link.no-person");
		}
		switch (person.kind()) {
			case GUARDIAN -> {
			}
			case STUDENT -> {
				LocalDate today = LocalDate.ofInstant(clock.instant(), SchoolTime.zoneOf(school.timeZone()));
				if (!PortalAge.mayUsePortal(person.birthDate(), today)) {
					throw Refusal.againstRule("identity.portal-link.under-14");
				}
			}
			case STAFF -> throw Refusal.againstRule("identity.portal-link.not-applicant");
		}
		Account account = accounts.lock(person.id())
			.orElseThrow(() -> Refusal.conflict("identity.portal-link.no-account"));
		if (account.status() == Account.Status.LOCKED) {
			throw Refusal.conflict("identity.portal-link.account-locked");
		}
		Optional<PortalLink> ofPortalUser = links.activeOfPortalUser(provider, command.portalUserId());
		if (ofPortalUser.isPresent()) {
			if (ofPortalUser.get().personId().equals(person.id())) {
				return new Linked(ofPortalUser.get(), person, false);
			}
			throw Refusal.conflict("identity.portal-link.portal-user-linked");
		}
		if (links.activeOfPerson(provider, person.id()).isPresent()) {
			throw Refusal.conflict("identity.portal-link.person-linked");
		}
		if (command.esiaId() != null && (links.activeOfEsiaId(provider, command.esiaId()).isPresent()
				|| people.esiaIdRecordedForAnother(command.esiaId(), person.id()))) {
			throw Refusal.conflict("identity.portal-link.esia-linked");
		}
		Instant now = clock.instant();
		PortalLink link = new PortalLink(UUID.randomUUID(), provider, command.portalUserId(), command.portalUsername(),
				person.id(), via, caller.clientId(), now, null, null, command.esiaId());
		links.insert(link);
		long version = accounts.touch(person.id());
		events.publishEvent(new AccountEvents.Changed(UUID.randomUUID(), now, person.id(), person.schoolId(),
				Change.PORTAL_LINKED, version, new PortalAccount(caller.clientId(), link.portalUserId(), link.esiaId())));
		keycloak.linkIdentityProvider(account.keycloakUserId(), provider, command.portalUserId(),
				command.portalUsername() == null ? command.portalUserId() : command.portalUsername());
		return new Linked(link, person, true);
	}

	@Transactional(readOnly = true)
	public Linked get(Caller caller, String portalUserId) {
		PortalLink link = links.activeOfPortalUser(providerOf(caller), portalUserId)
			.orElseThrow(() -> Refusal.unknown("identity.portal-link.not-found"));
		audit.read(caller, link.personId(), "portal-link");
		return new Linked(link, people.find(link.personId()).orElseThrow(), false);
	}

	/** The user unlinked the accounts on the portal: the next portal login is refused again. */
	@Transactional
	public void unlink(Caller caller, String portalUserId) {
		String provider = providerOf(caller);
		PortalLink link = links.activeOfPortalUser(provider, portalUserId)
			.orElseThrow(() -> Refusal.unknown("identity.portal-link.not-found"));
		Person person = people.find(link.personId()).orElseThrow();
		Instant now = clock.instant();
		links.end(link.id(), PortalLink.EndReason.UNLINKED_BY_PORTAL, now);
		Optional<Account> account = accounts.lock(person.id());
		if (account.isPresent()) {
			long version = accounts.touch(person.id());
			events.publishEvent(new AccountEvents.Changed(UUID.randomUUID(), now, person.id(), person.schoolId(),
					Change.PORTAL_UNLINKED, version, new PortalAccount(link.linkedBy(), link.portalUserId(), null)));
			keycloak.unlinkIdentityProvider(account.get().keycloakUserId(), provider);
		}
	}

	/** A revoked account takes its portal links with it (Keycloak deleted the user and its links). */
	@EventListener
	void on(AccountEvents.Changed changed) {
		if (changed.change() == Change.REVOKED) {
			links.endAllOf(changed.personId(), PortalLink.EndReason.ACCOUNT_REVOKED, changed.occurredAt());
		}
	}

	private Person bySnils(String typed, PortalAssertions.Asserted asserted) {
		String digits = typed.replaceAll("[\\s-]", "");
		if (!Snils.isValid(digits)) {
			throw Refusal.invalid("identity.portal-link.bad-snils");
		}
		if (!PortalAssertions.snilsSha256(digits).equalsIgnoreCase(String.valueOf(asserted.snilsSha256()))) {
			throw Refusal.againstRule("identity.portal-assertion.snils");
		}
		return people.findBySnils(digits).filter(p -> p.kind() != Person.Kind.STAFF)
			.orElseThrow(() -> Refusal.unknown("identity.portal-link.no-person"));
	}

	private Person byCredentials(Caller caller, Proof.ByCredentials credentials) {
		String login = credentials.login().strip().toLowerCase();
		if (!credentialAttempts.tryAcquire(caller.clientId() + "/" + login)) {
			throw Refusal.tooManyAttempts("identity.portal-link.too-many-attempts");
		}
		String keycloakId = keycloak.verifyPassword(login, credentials.password())
			.orElseThrow(() -> Refusal.againstRule("identity.portal-link.bad-credentials"));
		// a Keycloak user eJD did not issue (an operator made by hand) has no person: the same refusal
		return accounts.findByKeycloakId(keycloakId).flatMap(a -> people.find(a.personId()))
			.orElseThrow(() -> Refusal.againstRule("identity.portal-link.bad-credentials"));
	}

	private String providerOf(Caller caller) {
		String provider = caller.has(Role.PORTAL) && caller.personId() == null
				? properties.identityProviders().get(caller.clientId()) : null;
		if (provider == null) {
			throw Refusal.notAllowed("identity.portal-link.portal-only");
		}
		return provider;
	}
}
