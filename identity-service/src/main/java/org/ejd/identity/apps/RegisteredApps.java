package org.ejd.identity.apps;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.identity.apps.domain.AppKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registered apps and their Keycloak clients. */
@Repository
class RegisteredApps {

	private static final String APP = """
			select id, client_id, keycloak_id, kind, name, school_id, region_code,
			  array_to_string(redirect_uris, chr(31)) as redirect_uris, array_to_string(scopes, chr(31)) as scopes, status,
			  registered_at, version from registered_app""";

	private final JdbcClient jdbc;

	RegisteredApps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(App app, String registeredBy) {
		jdbc.sql("""
				insert into registered_app (id, client_id, keycloak_id, kind, name, school_id, region_code, redirect_uris, scopes,
				  status, registered_by, registered_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)""")
			.params(app.id(), app.clientId(), app.keycloakId(), app.kind().wireName(), app.name(), app.schoolId(), app.regionCode(),
					app.redirectUris().toArray(String[]::new), app.scopes().toArray(String[]::new), registeredBy,
					Timestamp.from(app.registeredAt()), app.version())
			.update();
	}

	Optional<App> find(UUID id) {
		return jdbc.sql(APP + " where id = ?").param(id).query(Row.class).optional().map(Row::app);
	}

	List<App> ofSchool(UUID schoolId) {
		return jdbc.sql(APP + " where school_id = ? order by registered_at").param(schoolId).query(Row.class).list().stream()
			.map(Row::app).toList();
	}

	List<App> ofRegion(String regionCode) {
		return jdbc.sql(APP + " where region_code = ? order by registered_at").param(regionCode).query(Row.class).list().stream()
			.map(Row::app).toList();
	}

	/** The new state with the next version; only from the other state (a lost race changes nothing). */
	Optional<App> setActive(UUID id, boolean active) {
		int changed = jdbc.sql("update registered_app set status = ?, version = version + 1 where id = ? and status = ?")
			.params(active ? "active" : "suspended", id, active ? "suspended" : "active").update();
		return changed == 0 ? Optional.empty() : find(id);
	}

	/** A registered app: its Keycloak client, its kind and whose it is (a school's, or a region's). */
	public record App(UUID id, String clientId, String keycloakId, AppKind kind, String name, @Nullable UUID schoolId,
			@Nullable String regionCode, List<String> redirectUris, List<String> scopes, boolean active, Instant registeredAt,
			long version) {
	}

	private record Row(UUID id, String clientId, String keycloakId, String kind, String name, @Nullable UUID schoolId,
			@Nullable String regionCode, String redirectUris, String scopes, String status, Timestamp registeredAt, long version) {

		App app() {
			return new App(id, clientId, keycloakId, AppKind.named(kind).orElseThrow(), name, schoolId, regionCode, split(redirectUris), split(scopes),
					"active".equals(status), registeredAt.toInstant(), version);
		}

		private static List<String> split(String joined) {
			return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\u001f"));
		}
	}
}
