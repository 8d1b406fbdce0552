package org.ejd.journal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What journal's connections sent to PostgreSQL, one list per borrowed connection (a request's transaction holds one
 * from its first statement to its commit): each statement's SQL as prepared or executed, a batch once, and
 * {@code commit}. Only recorded, never changed; tests count round trips with it (issue 13).
 */
public final class StatementLog implements BeanPostProcessor {

	private static final Deque<List<String>> BORROWS = new ConcurrentLinkedDeque<>();

	/** Forgets what was recorded. */
	public static void clear() {
		BORROWS.clear();
	}

	/** The borrows returned since {@link #clear()}, oldest first. */
	public static List<List<String>> borrows() {
		return List.copyOf(BORROWS);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && !(bean instanceof Recording) ? new Recording(dataSource) : bean;
	}

	private static final class Recording extends DelegatingDataSource {

		Recording(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return recorded(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return recorded(super.getConnection(username, password));
		}
	}

	private static Connection recorded(Connection connection) {
		List<String> sent = Collections.synchronizedList(new ArrayList<>());
		return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					switch (method.getName()) {
						case "prepareStatement", "prepareCall" -> sent.add((String) args[0]);
						case "commit" -> sent.add("commit");
						case "close" -> {
							if (!sent.isEmpty()) {
								BORROWS.add(List.copyOf(sent));
								while (BORROWS.size() > 1000) {
									BORROWS.pollFirst();
								}
							}
						}
						default -> {
						}
					}
					Object result = invoke(connection, method, args);
					return result instanceof Statement statement && "createStatement".equals(method.getName())
							? plain(statement, sent) : result;
				});
	}

	/** A plain statement: its SQL is known when it is executed or batched. */
	private static Statement plain(Statement statement, List<String> sent) {
		return (Statement) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] { Statement.class },
				(proxy, method, args) -> {
					if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
						sent.add(sql);
					}
					return invoke(statement, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}
}
