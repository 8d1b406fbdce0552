package org.ejd.identity.apps.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where Keycloak may send an app's authorization code (RFC 8252 for native apps): an {@code https} address (a web app,
 * or an app link a mobile OS verifies), a private-use scheme in reverse-domain form ({@code ru.school7.diary:/callback});
 * plain {@code http} only to a loopback host, and only where the deployment allows it (the local demo). Never a
 * wildcard, a fragment, credentials in the address, or a scheme a browser would run ({@code javascript:}, {@code data:}).
 */
public final class RedirectUris {

	public static final int MAX_COUNT = 10;

	public static final int MAX_LENGTH = 500;

	/** Scheme characters (RFC 3986), lower case; no nested repetition, so no backtracking blow-up (ReDoS). */
	private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private static final Set<String> NEVER = Set.of("http", "https", "javascript", "data", "file", "vbscript", "about", "blob",
			"ftp", "ws", "wss");

	private RedirectUris() {
	}

	/** The addresses as given, each checked; empty when all pass, else the first one refused. */
	public static Optional<String> firstRefused(List<String> uris, boolean loopbackHttpAllowed) {
		for (String uri : uris) {
			if (!allowed(uri, loopbackHttpAllowed)) {
				return Optional.of(uri);
			}
		}
		return Optional.empty();
	}

	public static boolean countAllowed(List<String> uris) {
		return !uris.isEmpty() && uris.size() <= MAX_COUNT && new LinkedHashSet<>(uris).size() == uris.size();
	}

	static boolean allowed(String text, boolean loopbackHttpAllowed) {
		if (text.isBlank() || text.length() > MAX_LENGTH || text.contains("*") || text.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException e) {
			return false;
		}
		if (uri.getScheme() == null || uri.getFragment() != null || uri.getRawUserInfo() != null) {
			return false;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if ("https".equals(scheme)) {
			return uri.getHost() != null;
		}
		if ("http".equals(scheme)) {
			return loopbackHttpAllowed && uri.getHost() != null && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
		}
		return !NEVER.contains(scheme) && scheme.equals(uri.getScheme()) && reverseDomain(scheme);
	}

	/** Reverse-domain: at least two labels, none empty, so a bare {@code myapp:} cannot squat a scheme another app uses. */
	private static boolean reverseDomain(String scheme) {
		return SCHEME.matcher(scheme).matches() && scheme.contains(".") && !scheme.endsWith(".") && !scheme.contains("..");
	}
}
