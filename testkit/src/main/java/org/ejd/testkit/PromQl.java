package org.ejd.testkit;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads, so that a test can find each in a service's {@code /actuator/prometheus}:
 * an alert or a dashboard panel on a metric nobody exports would never fire or show anything, and nobody would notice.
 * Enough of PromQL for rules and dashboards (selectors, functions, aggregations with {@code by}/{@code without},
 * binary operators); not a parser.
 */
public final class PromQl {

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
			"ignoring", "group_left", "group_right", "inf", "nan", "atan2");

	private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");

	private PromQl() {
	}

	public static Set<String> metricNames(String expression) {
		String bare = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ")
			.replaceAll("\\{[^}]*}", " ")
			.replaceAll("\\[[^]]*]", " ")
			.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = NAME.matcher(bare);
		while (matcher.find()) {
			String name = matcher.group();
			boolean partOfNumber = matcher.start() > 0 && Character.isDigit(bare.charAt(matcher.start() - 1));
			if (!KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !partOfNumber) {
				names.add(name);
			}
		}
		return names;
	}
}
