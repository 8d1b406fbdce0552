package org.ejd.diary.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Regional portals that read their linked users' diaries ({@code ejd.diary.portal.*}).
 *
 * @param regions the region codes each portal client (by OAuth2 client id) serves: it reads students of schools in those
 *        regions only, as identity lets it link and file applications there only; a client not listed reads nothing
 */
@ConfigurationProperties("ejd.diary.portal")
public record PortalProperties(Map<String, List<String>> regions) {

	public PortalProperties {
		regions = regions == null ? Map.of() : Map.copyOf(regions);
	}

	Set<String> regionsOf(String clientId) {
		return Set.copyOf(regions.getOrDefault(clientId, List.of()));
	}
}
