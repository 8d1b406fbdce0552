package org.ejd.notification.delivery;

/** A send that did not go: permanent (the address is refused) or transient (try again later). */
public class DeliveryFailure extends RuntimeException {

	private final boolean permanent;

	public DeliveryFailure(boolean permanent, String reason, Throwable cause) {
		super(reason, cause);
		this.permanent = permanent;
	}

	public boolean permanent() {
		return permanent;
	}
}
