package org.ejd.identity.codes;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.BusinessClock;
import org.ejd.identity.accounts.Accounts;
import org.ejd.identity.applications.AccessApplications;
import org.ejd.identity.applications.ApplicationDesk;
import org.ejd.identity.applications.domain.AccessApplication;
import org.ejd.identity.codes.domain.AccessCode;
import org.ejd.identity.codes.domain.CodeHash;
import org.ejd.identity.codes.domain.CodeText;
import org.ejd.platform.security.Caller;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school answers an application with a personal access code (A3, A4). The code is shown once,
 * in this answer (as JSON or as the printable letter), and stored only as a salted hash; a new code
 * replaces the application's earlier one, e.g. after it expired or was locked.
 */
@Service
public class CodeIssuing {

	private final ApplicationDesk desk;

	private final AccessApplications applications;

	private final AccessCodes codes;

	private final Accounts accounts;

	private final CodeProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CodeIssuing(ApplicationDesk desk, AccessApplications applications, AccessCodes codes, Accounts accounts,
			CodeProperties properties, @BusinessClock Clock clock) {
		this.desk = desk;
		this.applications = applications;
		this.codes = codes;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public Issued issue(Caller caller, UUID applicationId) {
		AccessApplications.Row row = desk.forDesk(caller, applicationId);
		AccessApplication application = row.application();
		if (application.status() == AccessApplication.Status.REFUSED) {
			throw Refusal.conflict("identity.code.application-refused");
		}
		if (accounts.exists(application.personId())) {
			throw Refusal.conflict("identity.account.exists");
		}
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
		applications.codeIssued(applicationId, caller.subject(), now);
		ZoneId zone = SchoolTime.zoneOf(row.timeZone());
		return new Issued(code.id(), applicationId, application.personId(), text.formatted(), code.expiresAt(),
				LocalDateTime.ofInstant(code.expiresAt(), zone), LocalDate.ofInstant(now, zone), row.lastName(), row.firstName(),
				row.middleName(), row.schoolName(), properties.maxAttempts(), properties.activationAddress());
	}

	/**
	 * A freshly issued code with what its letter says.
	 * @param code the code in clear: exists only in this answer
	 * @param expiresLocal when it stops working, in the school's time zone
	 */
	public record Issued(UUID id, UUID applicationId, UUID personId, String code, Instant expiresAt, LocalDateTime expiresLocal,
			LocalDate issuedOn, String lastName, String firstName, @Nullable String middleName, String schoolName,
			int maxAttempts, String activationAddress) {

		@Override
		public String toString() {
			return "Issued[id=" + id + ", applicationId=" + applicationId + ", code=****]";
		}
	}
}
