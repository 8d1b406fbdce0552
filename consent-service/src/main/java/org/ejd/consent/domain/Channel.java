package org.ejd.consent.domain;

/** How a declaration reached us: a signed paper form registered by the school, or electronically. */
public enum Channel {

	PAPER, PORTAL, API;

	public String wire() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
