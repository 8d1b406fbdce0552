package org.ejd.oneroster.collections.domain;

/** A collection request the OneRoster query language cannot take: the client gets 400 with the imsx code minor. */
public final class InvalidQuery extends RuntimeException {

	/** What is wrong, as OneRoster 1.2 names it in {@code imsx_codeMinorFieldValue}. */
	public enum Kind {
		/** {@code filter}: a field that is not there, an operator or a value that cannot be read */
		INVALID_FILTER_FIELD("invalid_filter_field"),
		/** {@code fields} given but empty */
		INVALID_SELECTION_FIELD("invalid_selection_field"),
		/** {@code sort}, {@code orderBy}, {@code limit} or {@code offset} out of their form */
		INVALID_DATA("invaliddata");

		private final String codeMinor;

		Kind(String codeMinor) {
			this.codeMinor = codeMinor;
		}

		public String codeMinor() {
			return codeMinor;
		}
	}

	private final Kind kind;

	private final String messageKey;

	private final Object[] arguments;

	public InvalidQuery(Kind kind, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.kind = kind;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public Kind kind() {
		return kind;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
