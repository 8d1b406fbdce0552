package org.ejd.diary.changes;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may be delivered (SSRF guard, ADR 0041): {@code https://} to a name whose every address is public. A
 * receiver's name resolving to a loopback, unspecified, link-local (with the cloud metadata address 169.254.169.254),
 * private (RFC 1918, the shared 100.64.0.0/10, IPv6 unique-local RFC 4193) or multicast address is refused at
 * registration (422) and checked again before each delivery, so that a name re-pointed after registration (DNS
 * rebinding) reaches nothing inside. Only where {@code allow-loopback-http} (the local demo and the tests, whose receivers
 * listen on this machine) may a receiver be on a loopback address, and there by plain {@code http://} too.
 */
@Component
class WebhookTargets {

	static final int MAX_URL_LENGTH = 2000;

	private final WebhookSettings settings;

	private final Resolver resolver;

	@Autowired
	WebhookTargets(WebhookSettings settings) {
		this(settings, InetAddress::getAllByName);
	}

	WebhookTargets(WebhookSettings settings, Resolver resolver) {
		this.settings = settings;
		this.resolver = resolver;
	}

	/** Looks a host name up; the JVM's own resolver in the service, a fixed table in unit tests. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	/** A subscriber's address as registered: well-formed (400 otherwise) and allowed where it points now (422 otherwise). */
	URI registered(@Nullable String url) {
		if (url == null || url.length() > MAX_URL_LENGTH) {
			throw Refusal.invalid("diary.webhooks.bad-url");
		}
		URI uri;
		try {
			uri = URI.create(url.strip());
		}
		catch (IllegalArgumentException e) {
			throw Refusal.invalid("diary.webhooks.bad-url");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null
				|| !List.of("https", "http").contains(scheme)) {
			throw Refusal.invalid("diary.webhooks.bad-url");
		}
		deliverable(uri);
		return uri;
	}

	/**
	 * Refuses (422) an address that is not {@code https} (plain {@code http} only to loopback where allowed) or whose host
	 * resolves, now, to any address that is not public. Called at registration and again before each delivery.
	 */
	void deliverable(URI uri) {
		String host = uri.getHost();
		if (host == null) {
			throw Refusal.invalid("diary.webhooks.bad-url");
		}
		String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		InetAddress[] addresses;
		try {
			addresses = resolver.resolve(bare);
		}
		catch (UnknownHostException e) {
			throw Refusal.againstRule("diary.webhooks.unresolvable", host);
		}
		if (addresses.length == 0) {
			throw Refusal.againstRule("diary.webhooks.unresolvable", host);
		}
		boolean allLoopback = Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
		for (InetAddress address : addresses) {
			if (address.isLoopbackAddress() && settings.allowLoopbackHttp()) {
				continue;
			}
			if (!isPublic(address)) {
				throw Refusal.againstRule("diary.webhooks.private-address", host);
			}
		}
		boolean https = "https".equalsIgnoreCase(uri.getScheme());
		if (!https && !(allLoopback && settings.allowLoopbackHttp())) {
			throw Refusal.againstRule("diary.webhooks.not-https");
		}
	}

	/** Whether a receiver may be at this address: none of the loopback, private, link-local or multicast ranges. */
	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			// fc00::/7 unique local (RFC 4193); an IPv4 address mapped or embedded in IPv6 is judged as the IPv4 one
			if ((bytes[0] & 0xfe) == 0xfc) {
				return false;
			}
			if (isMappedOrCompatible(bytes)) {
				try {
					return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
				}
				catch (UnknownHostException e) {
					return false;
				}
			}
			return true;
		}
		int first = bytes[0] & 0xff;
		int second = bytes[1] & 0xff;
		// 0.0.0.0/8 "this network", 100.64.0.0/10 shared (carrier NAT), 192.0.0.0/24 protocol assignments, 240.0.0.0/4 reserved
		return first != 0 && !(first == 100 && second >= 64 && second < 128)
				&& !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) && first < 240;
	}

	private static boolean isMappedOrCompatible(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0);
	}
}
