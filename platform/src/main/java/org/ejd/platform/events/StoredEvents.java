package org.ejd.platform.events;

import java.util.function.Supplier;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.util.function.SingletonSupplier;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the outbox stores an event in {@code event_publication} and reads it back to send it again: JSON written by the
 * service's own {@link JsonMapper}, as Spring Modulith's Jackson serializer writes it. Modulith's asks the bean factory
 * for the mapper on every event it stores: a full dependency resolution, 4 % of a mark's request thread in the
 * 2026-12-01 profile (issue 13). This one asks once.
 */
public final class StoredEvents implements EventSerializer {

	private final Supplier<JsonMapper> mapper;

	/** {@code mapper}: the service's mapper, asked for at the first event; Modulith's default when it has none. */
	public StoredEvents(Supplier<JsonMapper> mapper) {
		this.mapper = SingletonSupplier.of(mapper);
	}

	/** The mapper Modulith falls back on when a service has no {@link JsonMapper} of its own. */
	public static JsonMapper defaultMapper() {
		return JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
	}

	@Override
	public Object serialize(Object event) {
		return mapper.get().writeValueAsString(event);
	}

	@Override
	public <T> T deserialize(Object serialized, Class<T> type) {
		return mapper.get().readerFor(type).readValue(serialized.toString());
	}
}
