package org.ejd.identity.codes;

import java.time.Clock;
import java.time.Instant;

import org.ejd.platform.time.BusinessClock;
import org.ejd.identity.access.AttemptWindows;
import org.ejd.identity.accounts.Account;
import org.ejd.identity.accounts.AccountOpening;
import org.ejd.identity.accounts.Accounts;
import org.ejd.identity.codes.domain.AccessCode;
import org.ejd.identity.codes.domain.CodeHash;
import org.ejd.identity.codes.domain.CodeText;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.platform.refusal.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The holder of an access code redeems it once, choosing a login and a password; no token is
 * needed (A3, A4). The account is opened exactly as the desk opens one ({@link AccountOpening}).
 * A wrong code counts against its application's code and locks it after the configured number of
 * tries; the count is committed even though the answer is a refusal.
 */
@Service
public class Activation {

	private final AccessCodes codes;

	private final People people;

	private final Accounts accounts;

	private final AccountOpening opening;

	private final AttemptWindows limiter;

	private final CodeProperties properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Activation(AccessCodes codes, People people, Accounts accounts, AccountOpening opening, ActivationProperties activation,
			CodeProperties properties, @BusinessClock Clock clock, PlatformTransactionManager transactions) {
		this.codes = codes;
		this.people = people;
		this.accounts = accounts;
		this.opening = opening;
		this.limiter = new AttemptWindows(activation.attemptsPerWindow(), activation.window(), clock);
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** @param client who is trying (the caller's address), for the rate limit */
	public AccountOpening.Opened redeem(String client, String typedCode, String username, String password) {
		if (!limiter.tryAcquire(client)) {
			throw Refusal.tooManyAttempts("identity.activation.too-many-attempts");
		}
		CodeText code = CodeText.parse(typedCode).orElseThrow(() -> Refusal.invalid("identity.activation.unknown-code"));
		Outcome outcome = transaction.execute(status -> attempt(code, username, password));
		return switch (outcome) {
			case Outcome.Opened opened -> opened.account();
			case Outcome.Unknown unknown -> throw Refusal.invalid("identity.activation.unknown-code");
			case Outcome.Wrong wrong -> throw Refusal.invalid("identity.activation.wrong-code", wrong.attemptsLeft());
			case Outcome.Refused refused -> throw refusal(refused.state());
		};
	}

	private Outcome attempt(CodeText typed, String username, String password) {
		AccessCode code = codes.lockByHandle(typed.handle()).orElse(null);
		if (code == null) {
			return new Outcome.Unknown();
		}
		Instant now = clock.instant();
		AccessCode.State state = code.stateAt(now);
		if (state != AccessCode.State.USABLE) {
			return new Outcome.Refused(state);
		}
		if (!CodeHash.matches(typed.secret(), code.secretHash())) {
			int left = code.attemptsLeftAfterAWrongOne(properties.maxAttempts());
			codes.wrongAttempt(code.id(), left == 0);
			return left == 0 ? new Outcome.Refused(AccessCode.State.LOCKED) : new Outcome.Wrong(left);
		}
		if (accounts.exists(code.personId())) {
			throw Refusal.conflict("identity.account.exists");
		}
		Person person = people.find(code.personId()).orElseThrow();
		// a refusal of Keycloak (login taken, password policy) rolls back: the code stays usable
		AccountOpening.Opened account = opening.open(person, username, password, Account.Via.ACCESS_CODE);
		codes.redeemed(code.id(), now);
		return new Outcome.Opened(account);
	}

	private static Refusal refusal(AccessCode.State state) {
		return switch (state) {
			case LOCKED -> Refusal.locked("identity.activation.code-locked");
			case EXPIRED -> Refusal.noLongerValid("identity.activation.code-expired");
			case REDEEMED -> Refusal.noLongerValid("identity.activation.code-used");
			case REPLACED -> Refusal.noLongerValid("identity.activation.code-replaced");
			case USABLE -> throw new IllegalStateException("a usable code is not a refusal");
		};
	}

	private sealed interface Outcome {

		record Opened(AccountOpening.Opened account) implements Outcome {
		}

		record Unknown() implements Outcome {
		}

		record Wrong(int attemptsLeft) implements Outcome {
		}

		record Refused(AccessCode.State state) implements Outcome {
		}
	}
}
