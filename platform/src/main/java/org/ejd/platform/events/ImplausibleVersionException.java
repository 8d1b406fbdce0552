package org.ejd.platform.events;

/**
 * An event whose {@code version} no genuine producer could have written (docs/adr/0059). Applied, it would make every
 * later genuine event of its aggregate look stale; so, like any invalid event, it goes to the dead-letter topic at once,
 * with this message as the reason, and is never applied nor retried.
 */
public class ImplausibleVersionException extends InvalidEventException {

	public ImplausibleVersionException(String message) {
		super(message);
	}
}
