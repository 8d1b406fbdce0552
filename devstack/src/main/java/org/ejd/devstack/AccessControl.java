package org.ejd.devstack;

import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.KeycloakServer;
import org.ejd.testkit.RealServers;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm's access-control client {@code ejd-access-control} (a school's turnstiles, ADR 0040) is imported bound to a fixed
 * test school, because the realm is imported before any school exists. The local stack rebinds it to the demo school once
 * identity registered it, the way an operator binds a school's copy: its hardcoded {@code school_ids} claim is set through
 * Keycloak's admin API. Tokens issued afterwards name the demo school; the client's secret stays this run's own.
 */
public final class AccessControl {

	public static final String CLIENT_ID = "ejd-access-control";

	/** The client's school and this run's secret, for the printed curl lines. */
	public record Binding(UUID schoolId, String secret) {
	}

	private AccessControl() {
	}

	public static Binding bindTo(UUID schoolId) {
		KeycloakServer keycloak = RealServers.keycloak();
		ApiClient admin = new ApiClient(keycloak.url());
		String token = keycloak.adminToken();
		String clients = "/admin/realms/" + KeycloakServer.REALM + "/clients";
		JsonNode client = ok(admin.get(clients + "?clientId=" + CLIENT_ID, token)).json().get(0);
		String id = client.get("id").asString();
		boolean bound = false;
		for (JsonNode mapper : client.get("protocolMappers")) {
			if ("school_ids".equals(mapper.get("name").asString())) {
				ObjectNode changed = (ObjectNode) mapper.deepCopy();
				((ObjectNode) changed.get("config")).put("claim.value", schoolId.toString());
				ok(admin.send("PUT", clients + "/" + id + "/protocol-mappers/models/" + mapper.get("id").asString(), token, changed,
						Map.of()));
				bound = true;
			}
		}
		if (!bound) {
			throw new IllegalStateException(CLIENT_ID + " has no school_ids mapper in the realm");
		}
		String secret = ok(admin.get(clients + "/" + id + "/client-secret", token)).json().get("value").asString();
		return new Binding(schoolId, secret);
	}

	private static ApiClient.Response ok(ApiClient.Response response) {
		if (response.status() / 100 != 2) {
			throw new IllegalStateException("Keycloak admin API: " + response);
		}
		return response;
	}
}
