package org.ejd.diary.changes;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one page of a family's feed (I1): without a cursor the snapshot of the current state, page by page, then the
 * changes after it. Only log rows of transactions older than the oldest one still running are served (docs/adr/0027):
 * a transaction that commits later always gets a higher position than any cursor handed out before.
 */
@Service
class ReadingChanges {

	static final int MAX_LIMIT = 500;

	/** The oldest transaction id still running; every log row below it is final. */
	private static final String OLDEST_RUNNING = "select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)";

	/** The log rows after the cursor that are final: below the oldest transaction still running. */
	private static final String AFTER_CURSOR = """
			f.family = :family and (f.tx, f.seq) > (cast(:tx as xid8), :seq)
			  and f.tx < pg_snapshot_xmin(pg_current_snapshot())""";

	private static final String FIRST = "order by f.tx, f.seq limit :limit";

	private final JdbcClient jdbc;

	private final FeedScopes scopes;

	private final SchoolTime time;

	private final PruningChangeLog pruning;

	ReadingChanges(JdbcClient jdbc, FeedScopes scopes, SchoolTime time, PruningChangeLog pruning) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.time = time;
		this.pruning = pruning;
	}

	@Transactional
	Page page(Caller caller, String familyName, @Nullable String cursorText, int limit) {
		SyncedFamily family = SyncedFamily.ofWireName(familyName)
			.orElseThrow(() -> Refusal.unknown("diary.changes.unknown-family", familyName));
		PageRequest.limit(limit, MAX_LIMIT);
		FeedScopes.Scope scope = scopes.of(caller);
		FeedCursor cursor = cursorText == null || cursorText.isBlank() ? FeedCursor.snapshotFrom(family, oldestRunning())
				: FeedCursor.decode(family, cursorText);
		if (cursorText != null && !cursorText.isBlank()) {
			pruning.requireKept(cursor);
		}
		Page page = cursor.snapshot() ? snapshot(family, scope, cursor, limit) : changes(family, scope, cursor, limit);
		audit(caller, family, page.readStudents());
		return page;
	}

	private Page snapshot(SyncedFamily family, FeedScopes.Scope scope, FeedCursor cursor, int limit) {
		List<State> states = jdbc.sql(resolve(family.snapshotPage())).param("students", scope.studentsArray())
			.param("schools", scope.schoolsArray()).param("after", cursor.afterKey()).param("limit", limit + 1)
			.query(State.class).list();
		boolean more = states.size() > limit;
		List<State> shown = more ? states.subList(0, limit) : states;
		FeedCursor next = more ? cursor.afterSnapshotKey(shown.getLast().key()) : cursor.changesAfterSnapshot();
		List<Change> changes = shown.stream().map(s -> new Change(s.key(), false, s.data())).toList();
		return new Page(family.wireName(), true, changes, next.encode(), more, students(shown));
	}

	private Page changes(SyncedFamily family, FeedScopes.Scope scope, FeedCursor cursor, int limit) {
		String sql = "select scoped.seq, cast(scoped.tx as text) as tx, scoped.entity_key from ("
				+ ScopedLog.rows(scope, AFTER_CURSOR, FIRST) + ") scoped order by scoped.tx, scoped.seq limit :limit";
		List<Logged> logged = jdbc.sql(sql).param("family", family.wireName()).param("tx", Long.toString(cursor.tx()))
			.param("seq", cursor.seq()).param("students", scope.studentsArray()).param("schools", scope.schoolsArray())
			.param("limit", limit + 1).query(Logged.class).list();
		boolean more = logged.size() > limit;
		List<Logged> shown = more ? logged.subList(0, limit) : logged;
		if (shown.isEmpty()) {
			return new Page(family.wireName(), false, List.of(), cursor.encode(), false, Set.of());
		}
		Set<String> keys = shown.stream().map(Logged::entityKey).collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, State> states = new LinkedHashMap<>();
		jdbc.sql(resolve(family.stateOfKeys())).param("students", scope.studentsArray()).param("schools", scope.schoolsArray())
			.param("keys", keys.toArray(String[]::new)).query(State.class).list().forEach(s -> states.put(s.key(), s));
		List<Change> changes = new ArrayList<>();
		for (String key : keys) {
			State state = states.get(key);
			// gone, deleted, or no longer the caller's: a tombstone tells the client to drop its copy
			changes.add(state == null ? new Change(key, true, null) : new Change(key, false, state.data()));
		}
		Logged last = shown.getLast();
		return new Page(family.wireName(), false, changes, cursor.at(Long.parseLong(last.tx()), last.seq()).encode(), more,
				students(states.values()));
	}

	private long oldestRunning() {
		return Long.parseLong(jdbc.sql(OLDEST_RUNNING).query(String.class).single());
	}

	private static String resolve(String sql) {
		return sql.replace(":students", "cast(:students as uuid[])").replace(":schools", "cast(:schools as uuid[])");
	}

	private static Set<UUID> students(java.util.Collection<State> states) {
		return states.stream().map(State::studentId).filter(java.util.Objects::nonNull).map(UUID.class::cast)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** 152-FZ: each student whose records the page carries, once per page, with the client the token names. */
	private void audit(Caller caller, SyncedFamily family, Set<UUID> students) {
		if (students.isEmpty()) {
			return;
		}
		String roles = caller.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
		String reader = caller.personId() != null ? caller.personId().toString() : caller.subject();
		Timestamp at = Timestamp.from(time.now());
		for (UUID student : students) {
			jdbc.sql("insert into read_audit (read_at, reader, client_id, roles, student_id, what) values (?, ?, ?, ?, ?, ?)")
				.params(at, reader, caller.clientId(), roles, student, "changes:" + family.wireName()).update();
		}
	}

	private record State(String key, @Nullable UUID studentId, String data) {
	}

	private record Logged(long seq, String tx, String entityKey) {
	}

	/** One entry: the state now, or a tombstone ({@code deleted}, no data). */
	@Schema(name = "FeedChange") // not the marks' Change of another feature (springdoc names by simple name)
	record Change(@Schema(example = "06852cdc-b3f1-3bb6-ab32-cc24a030db40") String id, boolean deleted,
			@Schema(types = "object", description = "Запись целиком, как в ленте; нет у удалённой / the whole record; absent on a tombstone")
			@Nullable @JsonRawValue String data) {
	}

	/**
	 * A page: {@code cursor} reads on from here (also when {@code more} is false: new changes come after it);
	 * {@code snapshot} while the starting state is being paged.
	 */
	record Page(String family, boolean snapshot, List<Change> changes, String cursor, boolean more,
			@com.fasterxml.jackson.annotation.JsonIgnore Set<UUID> readStudents) {

		/** The link to read on with, at the same page size. */
		public String next(int limit) {
			return "/api/diary/changes/" + family + "?cursor=" + cursor + "&limit=" + limit;
		}
	}
}
