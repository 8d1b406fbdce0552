package org.ejd.gateway;

/**
 * Headers that belong to one connection and are never relayed: Spring Cloud Gateway's list
 * ({@code RemoveHopByHopRequestHeadersFilter.HEADERS_REMOVED_ON_REQUEST}), matched without lower-casing each name.
 */
final class HopByHop {

	private static final String[] NAMES = { "connection", "keep-alive", "transfer-encoding", "te", "trailer",
			"proxy-authorization", "proxy-authenticate", "x-application-context", "upgrade" };

	private HopByHop() {
	}

	static boolean is(String name) {
		for (String hopByHop : NAMES) {
			if (hopByHop.length() == name.length() && hopByHop.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}
}
