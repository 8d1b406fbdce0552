package org.ejd.oneroster;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OneRoster facade ({@code ejd.oneroster.*}).
 *
 * @param defaultLimit the page size when a request names none (the specification's 100)
 * @param maxLimit the largest page served; a larger {@code limit} is clamped to it
 * @param clients by OAuth2 client id: the regions and schools whose data the client sees; a client not named here sees nothing
 */
@ConfigurationProperties("ejd.oneroster")
public record OneRosterProperties(@DefaultValue("100") int defaultLimit, @DefaultValue("1000") int maxLimit,
		@DefaultValue Map<String, Binding> clients) {

	/** @param regions two-digit region codes: every school of the region; @param schools single schools besides */
	public record Binding(@DefaultValue List<String> regions, @DefaultValue List<UUID> schools) {
	}
}
