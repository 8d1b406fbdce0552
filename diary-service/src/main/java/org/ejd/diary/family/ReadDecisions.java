package org.ejd.diary.family;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiFunction;

import org.ejd.platform.audit.AuditConnections;
import org.ejd.platform.jdbc.Representations;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Component;

/**
 * The access decisions of the reads asked at the same moment, and their audit rows, made by one statement (issue 13,
 * ADR 0089). A read hands its {@link Question} to one of {@value #DECIDERS} deciders and waits for the answer. A decider
 * takes every question waiting (at most {@value #MOST}), decides them in one statement on the audit pool's connection
 * (ADR 0076: the deciders hold nothing else, the readers may hold the service's) as a transaction of its own, and
 * answers each once the audit rows are committed. Under load a view's round trip, statement and commit are shared with
 * the other reads of its moment; alone, a read waits only for its own statement.
 * <p>
 * The rule is the one a single read had: the caller is the student, or a guardian who represents them on the school's
 * day ({@link Representations#ACTIVE_ON}); processing may not be refused (C1); only an allowed read is audited.
 */
@Component
class ReadDecisions implements AutoCloseable {

	/** Deciders at once: the audit pool's connections by default ({@code ejd.audit.connections}). */
	static final int DECIDERS = 2;

	/** The deciders' names begin with it. */
	static final String THREAD_NAME = "read-decisions-";

	/** Questions decided by one statement at most. */
	static final int MOST = 64;

	private static final String DECIDE = """
			with asked as (
			  select * from unnest(cast(? as int[]), cast(? as boolean[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as date[]),
			      cast(? as timestamptz[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as int[]))
			    as a(i, self, guardian, student, day, read_at, reader_id, client_id, roles, what, also)),
			decision as (
			  select a.i, a.student, a.also, a.read_at, a.reader_id, a.client_id, a.roles, a.what,
			    a.self or (a.guardian is not null and exists (select 1 from representation r
			      where r.guardian_id = a.guardian and r.student_id = a.student and {ACTIVE_ON})) as reader,
			    coalesce((select not c.processing_allowed from consent_state c where c.person_id = a.student), false) as refused
			  from asked a),
			audited as (
			  insert into read_audit (read_at, reader, client_id, roles, student_id, what)
			  select d.read_at, d.reader_id, d.client_id, d.roles, d.student, d.what from decision d where d.reader and not d.refused
			  order by d.i
			  returning id)
			select d.i, d.reader, d.refused{ALSO} from decision d""".replace("{ACTIVE_ON}", Representations.ACTIVE_ON.replace(":day", "a.day"));

	/**
	 * One read's question: who asks ({@code self}: as the student; {@code guardian}: as this guardian), for which student,
	 * on which school day, and what the audit row says. {@code select} is a value the read's use case wants about the
	 * student in the same round trip, an SQL expression of text over {@code :student} (the week's stamp, ADR 0081).
	 */
	record Question(boolean self, @Nullable UUID guardian, UUID student, LocalDate day, Instant readAt, String reader,
			@Nullable String clientId, String roles, String what, @Nullable String select) {
	}

	/** Whether the caller may read ({@code reader}), whether processing is refused, and the selected value. */
	record Decision(boolean reader, boolean refused, @Nullable String selected) {
	}

	private record Asked(Question question, CompletableFuture<Decision> answer) {
	}

	private final AuditConnections connections;

	private final LinkedBlockingQueue<Asked> waiting = new LinkedBlockingQueue<>();

	private final List<Thread> deciders = new ArrayList<>();

	/** The statement for each set of selected values: made once, not for every batch. */
	private final Map<List<String>, String> statements = new ConcurrentHashMap<>();

	private volatile boolean closed;

	ReadDecisions(AuditConnections connections) {
		this.connections = connections;
		for (int i = 0; i < DECIDERS; i++) {
			deciders.add(Thread.ofPlatform().daemon().name(THREAD_NAME + i).start(this::decideUntilClosed));
		}
	}

	/** Decides with the reads of this moment, by a decider on the audit pool; waits for the answer. */
	Decision decide(Question question) {
		Asked asked = new Asked(question, new CompletableFuture<>());
		waiting.add(asked);
		if (closed) {
			refuseWaiting();
		}
		try {
			return asked.answer().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the read's access was decided", ex);
		}
		catch (ExecutionException ex) {
			throw rethrown(ex.getCause());
		}
	}

	/** Decides alone, on {@code jdbc}'s connection: inside the caller's transaction, whose audit row is its own. */
	Decision decideHere(JdbcClient jdbc, Question question) {
		return decide(jdbc, List.of(question)).getFirst();
	}

	private void decideUntilClosed() {
		List<Asked> batch = new ArrayList<>(MOST);
		while (!closed) {
			try {
				batch.add(waiting.take());
			}
			catch (InterruptedException ex) {
				break;
			}
			waiting.drainTo(batch, MOST - 1);
			try {
				List<Decision> decisions = connections.onOwnConnection(jdbc -> decide(jdbc, batch.stream().map(Asked::question).toList()));
				for (int i = 0; i < batch.size(); i++) {
					batch.get(i).answer().complete(decisions.get(i));
				}
			}
			catch (Throwable ex) {
				batch.forEach(asked -> asked.answer().completeExceptionally(ex));
			}
			batch.clear();
		}
	}

	/** Each question's decision, in their order, by one statement on {@code jdbc}'s connection. */
	List<Decision> decide(JdbcClient jdbc, List<Question> questions) {
		List<String> selects = List.copyOf(new TreeSet<>(questions.stream().map(Question::select).filter(Objects::nonNull).toList()));
		Decision[] decisions = new Decision[questions.size()];
		jdbc.sql(statements.computeIfAbsent(selects, ReadDecisions::statement))
			.params(
					array("int4", questions, (q, i) -> i),
					array("bool", questions, (q, i) -> q.self()),
					array("text", questions, (q, i) -> text(q.guardian())),
					array("text", questions, (q, i) -> q.student().toString()),
					array("text", questions, (q, i) -> q.day().toString()),
					array("text", questions, (q, i) -> q.readAt().toString()),
					array("text", questions, (q, i) -> q.reader()),
					array("text", questions, (q, i) -> q.clientId()),
					array("text", questions, (q, i) -> q.roles()),
					array("text", questions, (q, i) -> q.what()),
					array("int4", questions, (q, i) -> q.select() == null ? null : selects.indexOf(q.select()) + 1))
			.query(rs -> {
				decisions[rs.getInt("i")] = new Decision(rs.getBoolean("reader"), rs.getBoolean("refused"),
						selects.isEmpty() ? null : rs.getString("selected"));
			});
		for (Decision decision : decisions) {
			if (decision == null) {
				throw new IllegalStateException("a read's access was not decided");
			}
		}
		return List.of(decisions);
	}

	/** An SQL array of {@code type} of each question's element, made on the statement's connection. */
	private static SqlTypeValue array(String type, List<Question> questions, BiFunction<Question, Integer, @Nullable Object> element) {
		return new AbstractSqlTypeValue() {

			@Override
			protected Object createTypeValue(Connection connection, int sqlType, @Nullable String typeName) throws SQLException {
				Object[] elements = new Object[questions.size()];
				for (int i = 0; i < elements.length; i++) {
					elements[i] = element.apply(questions.get(i), i);
				}
				return connection.createArrayOf(type, elements);
			}
		};
	}

	/** The statement that also selects each of {@code selects}, over each question's own student. */
	private static String statement(List<String> selects) {
		if (selects.isEmpty()) {
			return DECIDE.replace("{ALSO}", "");
		}
		StringBuilder also = new StringBuilder(", case d.also");
		for (int i = 0; i < selects.size(); i++) {
			also.append(" when ").append(i + 1).append(" then (").append(selects.get(i).replace(":student", "d.student")).append(')');
		}
		return DECIDE.replace("{ALSO}", also.append(" end as selected").toString());
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	private static RuntimeException rethrown(Throwable cause) {
		if (cause instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(cause);
	}

	private void refuseWaiting() {
		List<Asked> left = new ArrayList<>();
		waiting.drainTo(left);
		left.forEach(asked -> asked.answer().completeExceptionally(new IllegalStateException("the service is stopping")));
	}

	@Override
	public void close() throws InterruptedException {
		closed = true;
		deciders.forEach(Thread::interrupt);
		for (Thread decider : deciders) {
			decider.join(5_000);
		}
		refuseWaiting();
	}
}
