package org.ejd.identity.regions;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The regions each regional portal serves ({@code ejd.identity.portal-regions}, issues 12 and 15): by OAuth2 client id,
 * the region codes whose schools' people it files applications for and links; a portal client not listed serves none.
 */
@ConfigurationProperties("ejd.identity.portal-regions")
public record PortalRegions(Map<String, List<String>> clients) {

	public PortalRegions {
		clients = clients == null ? Map.of() : Map.copyOf(clients);
	}

	/** The region codes the portal with this client id serves; none when it is not listed. */
	public List<String> regionsOf(String clientId) {
		return clients.getOrDefault(clientId, List.of());
	}

	/** Whether the portal calling with this client id serves the region. */
	public boolean serves(String clientId, String regionCode) {
		return clients.getOrDefault(clientId, List.of()).contains(regionCode);
	}
}
