package org.ejd.identity.codes.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a school hands over access codes it does not print on the spot (A3, seed 004): only on the printed letter at the
 * desk, to the applicant's verified email, by SMS to their verified mobile number, or to the email and else by SMS.
 */
public enum CodeChannel {

	DESK("desk"), EMAIL("email"), SMS("sms"), EMAIL_ELSE_SMS("email-else-sms");

	/** A school that has not chosen: the verified email, else the verified mobile number. */
	public static final CodeChannel DEFAULT = EMAIL_ELSE_SMS;

	private final String wire;

	CodeChannel(String wire) {
		this.wire = wire;
	}

	/** As stored and as the API writes it. */
	public String wire() {
		return wire;
	}

	public static Optional<CodeChannel> ofWire(String wire) {
		return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
	}
}
