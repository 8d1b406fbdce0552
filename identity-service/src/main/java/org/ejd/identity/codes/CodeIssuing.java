package org.ejd.identity.codes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.BusinessClock;
import org.ejd.identity.accounts.Accounts;
import org.ejd.identity.applications.AccessApplications;
import org.ejd.identity.applications.ApplicationDesk;
import org.ejd.identity.applications.ApplicationEvents;
import org.ejd.identity.applications.domain.AccessApplication;
import org.ejd.identity.codes.domain.AccessCode;
import org.ejd.identity.codes.domain.CodeChannel;
import org.ejd.identity.codes.domain.CodeHash;
import org.ejd.identity.codes.domain.CodeText;
import org.ejd.identity.contacts.ContactsOnFile;
import org.ejd.identity.contacts.Delivery;
import org.ejd.identity.contacts.SecretTexts;
import org.ejd.platform.security.Caller;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school answers an application with a personal access code (A3, A4). The code goes once, either
 * on the printable letter in this answer or, as a message in {@code identity.application.code-issued},
 * to the applicant's verified contact (seed 004: the code is sent to the applicant); it never comes back
 * to the school as text, and is stored only as a salted hash. A new code replaces the application's
 * earlier one, e.g. after it expired or was locked.
 */
@Service
public class CodeIssuing {

	private final ApplicationDesk desk;

	private final AccessApplications applications;

	private final AccessCodes codes;

	private final Accounts accounts;

	private final CodeProperties properties;

	private final Clock clock;

	private final ContactsOnFile contacts;

	private final SecretTexts texts;

	private final ApplicationEventPublisher events;

	private final CodeDeliveries deliveries;

	private final PersonalDataAudit audit;

	private final SecureRandom random = new SecureRandom();

	CodeIssuing(ApplicationDesk desk, AccessApplications applications, AccessCodes codes, Accounts accounts,
			CodeProperties properties, @BusinessClock Clock clock, ContactsOnFile contacts, SecretTexts texts,
			ApplicationEventPublisher events, CodeDeliveries deliveries, PersonalDataAudit audit) {
		this.audit = audit;
		this.deliveries = deliveries;
		this.contacts = contacts;
		this.texts = texts;
		this.events = events;
		this.desk = desk;
		this.applications = applications;
		this.codes = codes;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param onLetter the school prints the letter now; otherwise the code is sent as the school chose
	 *        ({@link CodeDeliveryChoice}): to the applicant's verified email, to their verified mobile number by SMS,
	 *        or email else SMS; a school that hands codes over at the desk only, or an applicant without the chosen
	 *        verified contact, is told why and to print the letter (409, nothing changed)
	 */
	@Transactional
	public Issued issue(Caller caller, UUID applicationId, boolean onLetter) {
		AccessApplications.Row row = desk.forDesk(caller, applicationId);
		AccessApplication application = row.application();
		if (application.status() == AccessApplication.Status.REFUSED) {
			throw Refusal.conflict("identity.code.application-refused");
		}
		if (accounts.exists(application.personId())) {
			throw Refusal.conflict("identity.account.exists");
		}
		Delivery delivery = onLetter ? Delivery.LETTER : sendTo(application.schoolId(), application.personId());
		Instant now = clock.instant();
		CodeText text;
		do {
			text = CodeText.generate(random);
		}
		while (codes.handleTaken(text.handle()));
		codes.replaceActive(applicationId);
		AccessCode code = new AccessCode(UUID.randomUUID(), applicationId, application.personId(), text.handle(),
				CodeHash.of(text.secret(), properties.hashIterations(), random), now, caller.subject(),
				now.plus(properties.validity()), 0, AccessCode.Status.ACTIVE, null);
		codes.insert(code);
		long version = applications.codeIssued(applicationId, caller.subject(), now);
		ZoneId zone = SchoolTime.zoneOf(row.timeZone());
		LocalDateTime expiresLocal = LocalDateTime.ofInstant(code.expiresAt(), zone);
		events.publishEvent(ApplicationEvents.codeIssued(now, applicationId, application.personId(), application.schoolId(), code.id(),
				code.expiresAt(), delivery.channel(),
				delivery.sent() ? texts.accessCode(delivery, text.formatted(), expiresLocal, properties.activationAddress()) : null,
				version));
		// the letter names the applicant; sent, the answer shows their masked contact
		audit.read(caller, application.personId(), onLetter ? "code-letter" : "code-contact");
		return new Issued(code.id(), applicationId, application.personId(), text.formatted(), code.expiresAt(), expiresLocal,
				LocalDate.ofInstant(now, zone), row.lastName(), row.firstName(), row.middleName(), row.schoolName(),
				properties.maxAttempts(), properties.activationAddress(), delivery);
	}

	/** Where the school's choice sends the code of this applicant; a refusal says why it cannot be sent. */
	private Delivery sendTo(UUID schoolId, UUID personId) {
		return switch (deliveries.of(schoolId).orElse(CodeChannel.DEFAULT)) {
			case DESK -> throw Refusal.conflict("identity.code.desk-only");
			case EMAIL -> contacts.sendTo(personId, List.of("email")).orElseThrow(() -> Refusal.conflict("identity.code.no-verified-email"));
			case SMS -> contacts.sendTo(personId, List.of("sms")).orElseThrow(() -> Refusal.conflict("identity.code.no-verified-phone"));
			case EMAIL_ELSE_SMS -> contacts.sendTo(personId);
		};
	}

	/**
	 * A freshly issued code with what its letter says.
	 * @param code the code in clear: exists only in this answer, for the letter; never put into JSON
	 * @param delivery where it went
	 * @param expiresLocal when it stops working, in the school's time zone
	 */
	public record Issued(UUID id, UUID applicationId, UUID personId, String code, Instant expiresAt, LocalDateTime expiresLocal,
			LocalDate issuedOn, String lastName, String firstName, @Nullable String middleName, String schoolName,
			int maxAttempts, String activationAddress, Delivery delivery) {

		@Override
		public String toString() {
			return "Issued[id=" + id + ", applicationId=" + applicationId + ", code=****]";
		}
	}
}
