package org.ejd.oneroster.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.oneroster.OneRosterProperties;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which schools a OneRoster client sees: its binding in {@code ejd.oneroster.clients}, regions resolved to their schools;
 * a client without one, the school its token names in {@code school_ids}: a school's machine app registered through
 * identity-service, whose client the realm gives that school as a hard-coded claim (ADR 0052).
 */
@Component
public class Clients {

	private final OneRosterProperties properties;

	private final JdbcClient jdbc;

	Clients(OneRosterProperties properties, JdbcClient jdbc) {
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/** The reach of the calling client; a client with no binding is refused (403): it may call nothing here. */
	public Reach of(Caller caller) {
		OneRosterProperties.Binding binding = properties.clients().get(caller.clientId());
		if (caller.personId() != null || binding == null && caller.schoolIds().isEmpty()) {
			throw Refusal.notAllowed("oneroster.client.unbound", caller.clientId());
		}
		if (binding == null) {
			return new Reach(caller.clientId(), caller.schoolIds().stream().sorted().toList(), List.of(), caller);
		}
		Set<UUID> schools = new LinkedHashSet<>(binding.schools());
		if (!binding.regions().isEmpty()) {
			schools.addAll(jdbc.sql("select id from school where region_code = any(?::text[]) order by id")
				.param(binding.regions().toArray(String[]::new))
				.query(UUID.class)
				.list());
		}
		return new Reach(caller.clientId(), new ArrayList<>(schools), List.copyOf(binding.regions()), caller);
	}
}
