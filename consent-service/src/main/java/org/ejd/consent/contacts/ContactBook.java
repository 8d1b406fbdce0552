package org.ejd.consent.contacts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ejd.platform.time.BusinessClock;
import org.ejd.consent.ConsentProperties;
import org.ejd.consent.PersonVersions;
import org.ejd.consent.contacts.ContactEvents.ContactVerified;
import org.ejd.consent.contacts.ContactEvents.VerificationRequested;
import org.ejd.consent.contacts.domain.Address;
import org.ejd.consent.contacts.domain.Contact;
import org.ejd.consent.contacts.domain.ContactChannel;
import org.ejd.consent.contacts.domain.PendingVerification;
import org.ejd.consent.contacts.domain.VerificationCode;
import org.ejd.consent.domain.FamilyMember;
import org.ejd.consent.family.Family;
import org.ejd.consent.family.PersonAccess;
import org.ejd.consent.family.Relation;
import org.ejd.consent.family.Target;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's email address and mobile number (C3): given electronically, a contact is used only
 * after the person enters the code sent to it (the message goes out as an event for
 * notification-service); given in writing, the school registers it and it may be used at once.
 * Contacts and codes never appear in logs; codes are stored only as salted hashes.
 */
@Service
public class ContactBook {

	private static final Locale RUSSIAN = Locale.of("ru");

	private final PersonAccess access;

	private final Family family;

	private final Contacts contacts;

	private final PersonVersions versions;

	private final ApplicationEventPublisher events;

	private final ConsentProperties.Verification settings;

	private final Clock clock;

	private final MessageSource messages;

	private final PersonalDataAudit audit;

	private final SecureRandom random = new SecureRandom();

	ContactBook(PersonAccess access, Family family, Contacts contacts, PersonVersions versions, ApplicationEventPublisher events,
			ConsentProperties properties, @BusinessClock Clock clock, MessageSource messages, PersonalDataAudit audit) {
		this.access = access;
		this.family = family;
		this.contacts = contacts;
		this.versions = versions;
		this.events = events;
		this.settings = properties.verification();
		this.clock = clock;
		this.messages = messages;
		this.audit = audit;
	}

	/** A guardian or an adult student gives a contact electronically; a code goes to it. */
	@Transactional
	public Contact giveElectronically(Caller caller, UUID personId, ContactChannel channel, String destination) {
		PersonAccess.requireRole(caller, Role.GUARDIAN, Role.STUDENT);
		Target target = access.target(caller, personId);
		requireOwn(target);
		if (target.minorStudent()) {
			throw Refusal.notAllowed("consent.contacts.minor");
		}
		Address address = parse(channel, destination);
		Instant now = clock.instant();
		if (contacts.requestedSince(personId, now.minus(Duration.ofDays(1))) >= settings.maxRequestsPerDay()) {
			throw Refusal.tooManyAttempts("consent.contact.too-many-requests");
		}
		long version = versions.next(personId);
		contacts.replacePending(personId, channel);
		String code = VerificationCode.generate(random);
		Contact contact = new Contact(UUID.randomUUID(), personId, address, Contact.Source.ELECTRONIC, Contact.Status.PENDING, now,
				null, new PendingVerification(VerificationCode.hash(code, random), now.plus(settings.codeTtl()), 0));
		contacts.insert(contact, caller.person());
		events.publishEvent(VerificationRequested.of(contact, message(contact, code), version));
		return contact;
	}

	/**
	 * A regional portal passed the person's email or mobile number with their access application (seed 000): kept as
	 * pending, a code goes to it as for a contact given electronically. Nothing is kept for a minor student (their
	 * guardian gives contacts), nor when the person asked for too many codes today or already has it verified.
	 * @return the pending contact, or empty when none was kept
	 */
	@Transactional
	public java.util.Optional<Contact> givenWithApplication(UUID personId, ContactChannel channel, String destination) {
		java.util.Optional<FamilyMember> person = family.find(personId);
		if (person.isPresent() && !person.get().adultOn(access.today(person.get()))) {
			return java.util.Optional.empty();
		}
		Address address;
		try {
			address = Address.parse(channel, destination);
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
		Instant now = clock.instant();
		boolean known = contacts.verifiedOf(personId, channel).filter(c -> c.address().value().equals(address.value())).isPresent();
		if (known || contacts.requestedSince(personId, now.minus(Duration.ofDays(1))) >= settings.maxRequestsPerDay()) {
			return java.util.Optional.empty();
		}
		long version = versions.next(personId);
		contacts.replacePending(personId, channel);
		String code = VerificationCode.generate(random);
		Contact contact = new Contact(UUID.randomUUID(), personId, address, Contact.Source.PORTAL, Contact.Status.PENDING, now,
				null, new PendingVerification(VerificationCode.hash(code, random), now.plus(settings.codeTtl()), 0));
		contacts.insert(contact, personId);
		events.publishEvent(VerificationRequested.of(contact, message(contact, code), version));
		return java.util.Optional.of(contact);
	}

	/** The school registers a contact a guardian or an adult student of the school gave in writing. */
	@Transactional
	public Contact registerPaper(Caller caller, UUID personId, ContactChannel channel, String destination) {
		PersonAccess.requireRole(caller, Role.SCHOOL_ADMIN);
		Target target = access.target(caller, personId);
		if (!target.is(Relation.SCHOOL)) {
			throw Refusal.unknown("consent.person.not-found");
		}
		if (target.minorStudent()) {
			throw Refusal.againstRule("consent.contacts.minor");
		}
		Address address = parse(channel, destination);
		long version = versions.next(personId);
		Instant now = clock.instant();
		Contact contact = new Contact(UUID.randomUUID(), personId, address, Contact.Source.PAPER, Contact.Status.VERIFIED, now, now, null);
		UUID replaced = replaceVerified(personId, channel);
		contacts.insert(contact, caller.person());
		events.publishEvent(ContactVerified.of(contact, now, "school", replaced, version));
		return contact;
	}

	/**
	 * The person enters the code. A wrong try is counted (and committed) even though it is refused,
	 * so the answer is an outcome rather than an exception that would roll the count back.
	 */
	@Transactional
	public Outcome verify(Caller caller, UUID personId, UUID contactId, String code) {
		PersonAccess.requireRole(caller, Role.GUARDIAN, Role.STUDENT);
		Target target = access.target(caller, personId);
		if (!target.is(Relation.SELF)) {
			throw Refusal.unknown("consent.contact.not-found");
		}
		Contact contact = contacts.findForUpdate(personId, contactId)
			.orElseThrow(() -> Refusal.unknown("consent.contact.not-found"));
		switch (contact.status()) {
			case VERIFIED -> throw Refusal.conflict("consent.contact.already-verified");
			case REPLACED -> throw Refusal.conflict("consent.contact.replaced");
			case BOUNCED -> throw Refusal.conflict("consent.contact.bounced");
			case LOCKED -> {
				return new Outcome.Locked(settings.maxAttempts());
			}
			case PENDING -> {
				// checked below
			}
		}
		Instant now = clock.instant();
		PendingVerification.Check check = contact.pending() == null ? new PendingVerification.Locked()
				: contact.pending().check(code, now, settings.maxAttempts());
		return switch (check) {
			case PendingVerification.Match match -> {
				long version = versions.next(personId);
				UUID replaced = replaceVerified(personId, contact.channel());
				contacts.verified(contactId, now);
				Contact verified = new Contact(contact.id(), personId, contact.address(), contact.source(), Contact.Status.VERIFIED,
						contact.createdAt(), now, null);
				events.publishEvent(ContactVerified.of(verified, now, "code", replaced, version));
				yield new Outcome.Verified(verified);
			}
			case PendingVerification.Wrong wrong when wrong.attemptsLeft() == 0 -> {
				contacts.lock(contactId);
				yield new Outcome.Locked(settings.maxAttempts());
			}
			case PendingVerification.Wrong wrong -> {
				contacts.failedAttempt(contactId);
				yield new Outcome.WrongCode(wrong.attemptsLeft());
			}
			case PendingVerification.Expired expired -> new Outcome.Expired();
			case PendingVerification.Locked locked -> new Outcome.Locked(settings.maxAttempts());
		};
	}

	@Transactional(readOnly = true)
	public List<Contact> of(Caller caller, UUID personId) {
		PersonAccess.requireRole(caller, Role.GUARDIAN, Role.STUDENT, Role.SCHOOL_ADMIN, Role.REGION_OPERATOR);
		Target target = access.target(caller, personId);
		if (!target.is(Relation.SELF) && !target.is(Relation.SCHOOL) && !target.is(Relation.REGION)) {
			throw Refusal.notAllowed("consent.own-only");
		}
		audit.read(caller, personId, "contacts");
		return contacts.of(personId);
	}

	private @Nullable UUID replaceVerified(UUID personId, ContactChannel channel) {
		return contacts.verifiedOf(personId, channel).map(previous -> {
			contacts.replace(previous.id());
			return previous.id();
		}).orElse(null);
	}

	private static void requireOwn(Target target) {
		if (!target.is(Relation.SELF)) {
			throw target.is(Relation.GUARDIAN_OF) ? Refusal.notAllowed("consent.own-only")
					: Refusal.unknown("consent.person.not-found");
		}
	}

	private static Address parse(ContactChannel channel, String destination) {
		try {
			return Address.parse(channel, destination);
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid(channel == ContactChannel.EMAIL ? "consent.contact.bad-email" : "consent.contact.bad-mobile");
		}
	}

	/** The verification message, always in Russian: it goes to a person before we know their language. */
	private VerificationRequested.Message message(Contact contact, String code) {
		long minutes = Math.max(1, settings.codeTtl().toMinutes());
		return switch (contact.channel()) {
			case EMAIL -> new VerificationRequested.Message("ru", text("consent.verification.email.subject"),
					text("consent.verification.email.text", settings.emailLink() + "?contact=" + contact.id() + "&code=" + code, code,
							Long.toString(minutes)));
			case SMS -> new VerificationRequested.Message("ru", null,
					text("consent.verification.sms.text", code, Long.toString(minutes)));
		};
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, RUSSIAN);
	}

	/** What entering a code gave. */
	public sealed interface Outcome {

		record Verified(Contact contact) implements Outcome {
		}

		record WrongCode(int attemptsLeft) implements Outcome {
		}

		record Expired() implements Outcome {
		}

		record Locked(int maxAttempts) implements Outcome {
		}
	}
}
