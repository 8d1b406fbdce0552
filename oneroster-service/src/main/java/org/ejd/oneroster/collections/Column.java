package org.ejd.oneroster.collections;

/**
 * A OneRoster field of a collection as a column of its SQL (alias {@code r}), with the type its filter values are read as.
 */
public record Column(String sql, Type type) {

	public enum Type {
		TEXT, TIMESTAMP, DATE, NUMBER, BOOLEAN
	}

	public static Column text(String sql) {
		return new Column(sql, Type.TEXT);
	}

	public static Column timestamp(String sql) {
		return new Column(sql, Type.TIMESTAMP);
	}

	public static Column date(String sql) {
		return new Column(sql, Type.DATE);
	}

	public static Column number(String sql) {
		return new Column(sql, Type.NUMBER);
	}

	public static Column bool(String sql) {
		return new Column(sql, Type.BOOLEAN);
	}
}
