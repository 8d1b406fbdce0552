package org.ejd.journal.marks;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Integration clients that may enter marks for a class's teacher ({@code ejd.journal.integration-clients.<client-id>},
 * ADR 0042): the schools each is bound to, its regions' schools included. The journal checks this itself, whatever
 * the facade that relays the client's request has checked. A client not named here enters nothing unless it is a
 * school's machine app holding the gradebook write scope ({@link RegisteredMachineApps}, ADR 0065).
 */
@ConfigurationProperties("ejd.journal")
public record IntegrationClients(@DefaultValue Map<String, Binding> integrationClients) {

	/** @param regions two-digit region codes: every school of the region; @param schools single schools besides */
	public record Binding(@DefaultValue List<String> regions, @DefaultValue List<UUID> schools) {
	}

	/** Whether the client is bound to the school, directly or by the school's region. */
	boolean binds(String clientId, UUID schoolId, java.util.Optional<String> regionOfSchool) {
		Binding binding = integrationClients.get(clientId);
		return binding != null && (binding.schools().contains(schoolId)
				|| regionOfSchool.filter(binding.regions()::contains).isPresent());
	}
}
