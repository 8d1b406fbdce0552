package org.ejd.oneroster.collections.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A OneRoster 1.2 {@code filter} (specification §3.4.3 of the REST binding): comparisons {@code field op 'value'} with
 * the operators {@code = != > >= < <= ~} (contains), joined by one logical operator, {@code AND} or {@code OR}.
 *
 * @param comparisons at least one
 * @param all true: every comparison must hold (AND); false: any (OR)
 */
public record Filter(List<Comparison> comparisons, boolean all) {

	public Filter {
		comparisons = List.copyOf(comparisons);
	}

	public enum Operator {
		EQUALS("="), NOT_EQUALS("!="), GREATER(">"), GREATER_OR_EQUAL(">="), LESS("<"), LESS_OR_EQUAL("<="), CONTAINS("~");

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}
	}

	public record Comparison(String field, Operator operator, String value) {
	}

	/** Reads a filter; an expression out of the grammar is refused with {@code invalid_filter_field}. */
	public static Filter parse(String expression) {
		List<String> parts = new ArrayList<>();
		List<String> joins = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		String text = expression.strip();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			if (!quoted && c == ' ') {
				String rest = text.substring(i);
				String join = rest.startsWith(" AND ") ? "AND" : rest.startsWith(" OR ") ? "OR" : null;
				if (join != null) {
					parts.add(current.toString());
					joins.add(join);
					current.setLength(0);
					i += join.length() + 1;
					continue;
				}
			}
			current.append(c);
		}
		if (quoted) {
			throw invalid(expression);
		}
		parts.add(current.toString());
		if (joins.stream().distinct().count() > 1) {
			throw new InvalidQuery(InvalidQuery.Kind.INVALID_FILTER_FIELD, "oneroster.filter.mixed", expression);
		}
		List<Comparison> comparisons = new ArrayList<>();
		for (String part : parts) {
			comparisons.add(comparison(part.strip(), expression));
		}
		return new Filter(comparisons, joins.isEmpty() || joins.get(0).equals("AND"));
	}

	private static Comparison comparison(String part, String expression) {
		int i = 0;
		while (i < part.length() && (Character.isLetterOrDigit(part.charAt(i)) || part.charAt(i) == '.')) {
			i++;
		}
		String field = part.substring(0, i);
		String rest = part.substring(i).stripLeading();
		Operator operator = null;
		for (Operator candidate : List.of(Operator.NOT_EQUALS, Operator.GREATER_OR_EQUAL, Operator.LESS_OR_EQUAL, Operator.EQUALS,
				Operator.GREATER, Operator.LESS, Operator.CONTAINS)) {
			if (rest.startsWith(candidate.symbol())) {
				operator = candidate;
				break;
			}
		}
		if (field.isEmpty() || operator == null) {
			throw invalid(expression);
		}
		String value = rest.substring(operator.symbol().length()).strip();
		if (value.length() < 2 || !value.startsWith("'") || !value.endsWith("'")) {
			throw invalid(expression);
		}
		return new Comparison(field, operator, value.substring(1, value.length() - 1));
	}

	private static InvalidQuery invalid(String expression) {
		return new InvalidQuery(InvalidQuery.Kind.INVALID_FILTER_FIELD, "oneroster.filter.invalid", expression);
	}
}
