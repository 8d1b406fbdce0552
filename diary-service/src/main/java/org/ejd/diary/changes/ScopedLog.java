package org.ejd.diary.changes;

/**
 * The change log's rows in a caller's scope, as SQL for {@code :students} and {@code :schools}: one select per way a row
 * can be in the scope, each on its own index, instead of one filter that no index can serve (docs/adr/0116). A filter
 * of four alternatives made PostgreSQL walk the family's whole log after the cursor: with a million rows logged, a
 * guardian's two children cost 0.3 s a page and every webhook round as much per subscription.
 *
 * <p>
 * Each select yields {@code family, tx, seq, entity_key} of the rows {@code f} that also meet the caller's
 * {@code condition}, followed by {@code tail} (an order and limit, or nothing). A scope is either whole schools or
 * students named one by one ({@link FeedScopes.Scope}), never both, so only that kind's selects are written: a generic
 * plan never has to guess that an array is empty.
 */
final class ScopedLog {

	private static final String ROW = "select f.family, f.tx, f.seq, f.entity_key from feed_change f";

	private ScopedLog() {
	}

	static String rows(FeedScopes.Scope scope, String condition, String tail) {
		if (!scope.schools().isEmpty()) {
			return ROW + " where f.school_id = any(cast(:schools as uuid[])) and " + condition + " " + tail;
		}
		// the student's own rows; their class groups' rows (lessons, timetable); their schools' years
		return String.join(" union ", //
				select("f.student_id = any(cast(:students as uuid[])) and f.student_id is not null", condition, tail),
				select("""
						f.class_group_id in (select e.class_group_id from enrolment e where e.student_id = any(cast(:students as uuid[])))
						  and f.class_group_id is not null""", condition, tail),
				select("""
						f.family = 'school-years'
						  and f.school_id in (select s.school_id from student s where s.id = any(cast(:students as uuid[])))""",
						condition, tail));
	}

	private static String select(String inScope, String condition, String tail) {
		return "(" + ROW + " where " + inScope + " and " + condition + " " + tail + ")";
	}
}
