package org.ejd.identity.portal;

import java.text.ParseException;
import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.regions.PortalRegions;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.BusinessClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region operator of a region a portal serves uploads the portal's public keys (a JWK set) that its
 * link assertions are checked with (issue 12, ADR 0043). Only public RSA (2048 bits and more) and EC keys
 * are taken: a private or a symmetric key is refused, so nothing secret is ever stored here.
 */
@Service
public class PortalKeyRegistration {

	/** At most this many keys in a set: a current one and the next, with room for a rollover. */
	static final int MAX_KEYS = 5;

	private final PortalKeys keys;

	private final PortalRegions regions;

	private final PortalProperties properties;

	private final Clock clock;

	PortalKeyRegistration(PortalKeys keys, PortalRegions regions, PortalProperties properties, @BusinessClock Clock clock) {
		this.keys = keys;
		this.regions = regions;
		this.properties = properties;
		this.clock = clock;
	}

	/** A portal's public keys as eJD checks them. */
	public record PortalKeySet(String clientId, JWKSet keys, java.time.Instant setAt, String setBy, long version) {
	}

	@Transactional
	public PortalKeySet upload(Caller caller, String clientId, String jwksJson) {
		requireOperatorOfPortal(caller, clientId);
		JWKSet set;
		try {
			set = JWKSet.parse(jwksJson);
		}
		catch (ParseException ex) {
			throw Refusal.invalid("identity.portal-key.bad-set");
		}
		List<JWK> all = set.getKeys();
		if (all.isEmpty() || all.size() > MAX_KEYS) {
			throw Refusal.invalid("identity.portal-key.count", MAX_KEYS);
		}
		for (JWK key : all) {
			if (!(key instanceof RSAKey || key instanceof ECKey)) {
				throw Refusal.againstRule("identity.portal-key.not-asymmetric");
			}
			if (key.isPrivate()) {
				throw Refusal.againstRule("identity.portal-key.private");
			}
			if (key instanceof RSAKey rsa && rsa.size() < 2048) {
				throw Refusal.againstRule("identity.portal-key.too-short");
			}
		}
		PortalKeys.Stored stored = keys.put(clientId, set.toString(true), clock.instant(), caller.subject());
		return new PortalKeySet(clientId, set.toPublicJWKSet(), stored.setAt(), stored.setBy(), stored.version());
	}

	@Transactional(readOnly = true)
	public PortalKeySet get(Caller caller, String clientId) {
		requireOperatorOfPortal(caller, clientId);
		PortalKeys.Stored stored = keys.of(clientId).orElseThrow(() -> Refusal.unknown("identity.portal-key.none"));
		try {
			return new PortalKeySet(clientId, JWKSet.parse(stored.jwks()), stored.setAt(), stored.setBy(), stored.version());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("stored JWK set of " + clientId + " does not parse", ex);
		}
	}

	/** A portal eJD knows (it has an identity provider) that serves one of the operator's regions; others look unknown. */
	private void requireOperatorOfPortal(Caller caller, String clientId) {
		SchoolAccess.requireRegionOperator(caller);
		boolean known = properties.identityProviders().containsKey(clientId);
		if (!known || regions.regionsOf(clientId).stream().noneMatch(caller::serves)) {
			throw Refusal.unknown("identity.portal-key.no-portal");
		}
	}
}
