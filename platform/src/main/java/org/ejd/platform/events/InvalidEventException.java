package org.ejd.platform.events;

/**
 * An event that can never be processed as it is (not JSON, not an envelope, or not valid against
 * its schema). Consumers do not retry it: it goes straight to the dead-letter topic with this message.
 */
public class InvalidEventException extends RuntimeException {

	public InvalidEventException(String message) {
		super(message);
	}

	public InvalidEventException(String message, Throwable cause) {
		super(message, cause);
	}
}
