package org.ejd.diary;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * What the threads serving HTTP requests, and the deciders of their reads' access (ADR 0089), sent PostgreSQL, read from pgjdbc's own protocol log (issue 13): every message
 * the driver writes ({@code Parse} with the SQL, {@code Bind}, {@code Execute}, {@code Sync}, ...). A {@code Sync} ends
 * a round trip the request waits for; statements the driver sends by itself (an isolation
 * level asked or set, a commit) are seen as well as the application's. Only recorded, never changed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RoundTrips implements Filter {

	private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");

	private static final Set<Long> SERVING = ConcurrentHashMap.newKeySet();

	private static volatile boolean recording;

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
		if (!recording) {
			chain.doFilter(request, response);
			return;
		}
		long thread = Thread.currentThread().threadId();
		SERVING.add(thread);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SERVING.remove(thread);
		}
	}

	/** The driver's messages sent while {@code requests} ran, on the threads serving them, in order. */
	public static <T> Recorded<T> during(Supplier<T> requests) {
		List<String> sent = new CopyOnWriteArrayList<>();
		// per serving thread: whether it sent a message since its last Sync
		Map<Long, Boolean> open = new ConcurrentHashMap<>();
		Handler handler = new Handler() {

			@Override
			public void publish(LogRecord record) {
				// the reads' access decisions are sent by a decider for the request (ADR 0089)
				boolean forRequest = SERVING.contains(record.getLongThreadID())
						|| Thread.currentThread().getName().startsWith("read-decisions-");
				if (forRequest && record.getMessage().startsWith(" FE=> ")) {
					Object[] parameters = record.getParameters();
					String message = parameters == null ? record.getMessage().substring(6)
							: java.text.MessageFormat.format(record.getMessage().substring(6), parameters);
					// the pool's liveness check of a connection idle for over half a second (an empty query, or a Sync alone
					// after nothing else) is not the request's
					boolean opened = open.getOrDefault(record.getLongThreadID(), false);
					if (message.equals("SimpleQuery(query=\"\")") || message.equals("Sync") && !opened) {
						return;
					}
					open.put(record.getLongThreadID(), !message.equals("Sync"));
					sent.add(message);
				}
			}

			@Override
			public void flush() {
			}

			@Override
			public void close() {
			}
		};
		Level was = DRIVER.getLevel();
		boolean parents = DRIVER.getUseParentHandlers();
		DRIVER.addHandler(handler);
		DRIVER.setUseParentHandlers(false);
		DRIVER.setLevel(Level.FINEST);
		recording = true;
		try {
			return new Recorded<>(requests.get(), List.copyOf(sent));
		}
		finally {
			recording = false;
			DRIVER.setLevel(was);
			DRIVER.setUseParentHandlers(parents);
			DRIVER.removeHandler(handler);
		}
	}

	/**
	 * @param result what the requests answered
	 * @param sent the driver's messages, e.g. {@code Parse(stmt=null,query="select ...",oids={...})}, {@code Sync}
	 */
	public record Recorded<T>(T result, List<String> sent) {

		/** Round trips: the driver waits for the server's answer at each {@code Sync}. */
		public long roundTrips() {
			return sent.stream().filter(m -> m.equals("Sync")).count();
		}

		/** Statements executed: the driver's own (BEGIN, COMMIT, an isolation level) as well as the application's. */
		public long executions() {
			return sent.stream().filter(m -> m.startsWith("Execute(") || m.startsWith("SimpleQuery")).count();
		}

		/**
		 * The SQL of the statements parsed, in order; a statement the driver has already prepared on the server (after
		 * its fifth use) is executed without being parsed again.
		 */
		public List<String> parsed() {
			return sent.stream().filter(m -> m.startsWith("Parse(") || m.startsWith("SimpleQuery(")).map(m -> {
				int start = m.indexOf("query=\"") + 7;
				int end = m.lastIndexOf('"');
				return end > start ? m.substring(start, end).strip() : m;
			}).toList();
		}
	}
}
