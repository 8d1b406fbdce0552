package org.ejd.journal.marks;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journal's own copy of the schools' machine apps (ADR 0052) from identity's {@code identity.apps.v1}: which school
 * each acts for, the OneRoster scopes it holds and whether its school suspended it (ADR 0065). Each row keeps the
 * version of the app it was written at, so an older event arriving late never overwrites a newer one.
 */
@Repository
class RegisteredMachineApps {

	/** OneRoster 1.2's scope to put results, as identity names it (the short form). */
	static final String PUT = "gradebook.createput";

	/** OneRoster 1.2's scope to delete them. */
	static final String DELETE = "gradebook.delete";

	private final JdbcClient jdbc;

	RegisteredMachineApps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void registered(UUID appId, String clientId, UUID schoolId, List<String> scopes, long version) {
		jdbc.sql("""
				insert into registered_machine_app (app_id, client_id, school_id, scopes, version) values (?, ?, ?, ?, ?)
				on conflict (app_id) do update set client_id = excluded.client_id, school_id = excluded.school_id,
				  scopes = excluded.scopes, version = excluded.version
				where registered_machine_app.version < excluded.version""")
			.params(appId, clientId, schoolId, scopes.toArray(String[]::new), version)
			.update();
	}

	/** Suspended (true) or resumed (false); an app the journal does not keep (a public one) changes nothing. */
	void suspended(UUID appId, boolean suspended, long version) {
		jdbc.sql("""
				update registered_machine_app set suspended = ?, version = ? where app_id = ? and version < ?""")
			.params(suspended, version, appId, version)
			.update();
	}

	/** Whether the client is a machine app of this school, not suspended, that holds the scope. */
	boolean holds(String clientId, UUID schoolId, String scope) {
		return jdbc.sql("""
				select exists (select 1 from registered_machine_app
				  where client_id = ? and school_id = ? and not suspended and ? = any(scopes))""")
			.params(clientId, schoolId, scope)
			.query(Boolean.class)
			.single();
	}
}
