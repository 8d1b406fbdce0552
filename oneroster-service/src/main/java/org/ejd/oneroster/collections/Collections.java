package org.ejd.oneroster.collections;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.ejd.oneroster.access.Reach;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.oneroster.collections.domain.CollectionQuery;
import org.ejd.oneroster.collections.domain.Filter;
import org.ejd.oneroster.collections.domain.InvalidQuery;
import org.ejd.platform.refusal.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads OneRoster collections from the projection: the client's reach, the filter and the sort become SQL over the
 * resource's own rows (values always as parameters, fields only from the resource's list), then the page and its total.
 */
@Component
public class Collections {

	/**
	 * Whose personal data a record of a collection is, as SQL on {@code r}: a student's user record, a student's
	 * enrollment, a result; every read of one is audited (152-FZ), staff and organisations are not.
	 */
	private static final Map<String, String> STUDENT_OF = Map.of("users", "case when r.role = 'student' then r.sourced_id::text end",
			"enrollments", "case when r.role = 'student' then r.user_id::text end", "results", "r.student_id::text");

	private final JdbcClient jdbc;

	private final PersonalDataAudit audit;

	Collections(JdbcClient jdbc, PersonalDataAudit audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** One page of a collection with the total number of matching records. */
	@Transactional(readOnly = true)
	public Page read(Resource resource, CollectionQuery query, Reach reach) {
		List<Object> params = new ArrayList<>();
		String where = where(resource, query, reach, params);
		long total = jdbc.sql("select count(*) from (" + resource.from() + ") r where " + where).params(params).query(Long.class)
			.single();
		String order = order(resource, query);
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(query.limit());
		pageParams.add(query.offset());
		Set<UUID> students = new LinkedHashSet<>();
		List<Map<String, Object>> records = jdbc
			.sql("select r.*, " + studentOf(resource) + " as audited_student from (" + resource.from() + ") r where " + where
					+ " order by " + order + " limit ? offset ?")
			.params(pageParams)
			.query((rs, n) -> {
				collect(rs.getString("audited_student"), students);
				return select(resource.json().map(rs), query);
			})
			.list();
		audit.readAll(reach.reader(), students, "oneroster-" + resource.collection());
		return new Page(records, total, query);
	}

	/** One record by its sourcedId; unknown, or outside the client's reach: refused as unknown (404). */
	@Transactional(readOnly = true)
	public Map<String, Object> one(Resource resource, String sourcedId, CollectionQuery query, Reach reach) {
		List<Object> params = new ArrayList<>();
		String where = "(" + resource.where() + ") and (" + resource.reach() + ") and r.sourced_id::text = ?";
		params.add(reach.schoolArray());
		if (resource.reach().contains("?::text[]")) {
			params.add(reach.regionArray());
		}
		params.add(sourcedId);
		Set<UUID> students = new LinkedHashSet<>();
		Optional<Map<String, Object>> found = jdbc
			.sql("select r.*, " + studentOf(resource) + " as audited_student from (" + resource.from() + ") r where " + where)
			.params(params)
			.query((rs, n) -> {
				collect(rs.getString("audited_student"), students);
				return select(resource.json().map(rs), query);
			})
			.optional();
		audit.readAll(reach.reader(), students, "oneroster-" + resource.collection());
		return found.orElseThrow(() -> Refusal.unknown("oneroster.unknown", resource.single(), sourcedId));
	}

	/**
	 * Every record of a collection the reach covers, in sourcedId order, or only those changed after {@code since}
	 * (a delta): for the CSV export of one school.
	 */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> all(Resource resource, Reach reach, @org.jspecify.annotations.Nullable Instant since) {
		List<Object> params = new ArrayList<>();
		CollectionQuery everything = new CollectionQuery(Integer.MAX_VALUE, 0, null, null, false, java.util.Set.of(), false);
		String where = where(resource, everything, reach, params);
		if (since != null) {
			where += " and r.date_last_modified > ?";
			params.add(Timestamp.from(since));
		}
		Set<UUID> students = new LinkedHashSet<>();
		List<Map<String, Object>> records = jdbc
			.sql("select r.*, " + studentOf(resource) + " as audited_student from (" + resource.from() + ") r where " + where
					+ " order by r.sourced_id")
			.params(params)
			.query((rs, n) -> {
				collect(rs.getString("audited_student"), students);
				return resource.json().map(rs);
			})
			.list();
		audit.readAll(reach.reader(), students, "oneroster-csv-" + resource.collection());
		return records;
	}

	private static String studentOf(Resource resource) {
		return STUDENT_OF.getOrDefault(resource.collection(), "null::text");
	}

	private static void collect(@org.jspecify.annotations.Nullable String student, Set<UUID> students) {
		if (student != null) {
			students.add(UUID.fromString(student));
		}
	}

	private static String where(Resource resource, CollectionQuery query, Reach reach, List<Object> params) {
		StringBuilder where = new StringBuilder("(" + resource.where() + ") and (" + resource.reach() + ")");
		params.add(reach.schoolArray());
		if (resource.reach().contains("?::text[]")) {
			params.add(reach.regionArray());
		}
		Filter filter = query.filter();
		if (filter != null) {
			List<String> conditions = new ArrayList<>();
			for (Filter.Comparison comparison : filter.comparisons()) {
				conditions.add(condition(resource, comparison, params));
			}
			where.append(" and (").append(String.join(filter.all() ? " and " : " or ", conditions)).append(')');
		}
		return where.toString();
	}

	private static String condition(Resource resource, Filter.Comparison comparison, List<Object> params) {
		Column column = resource.fields().get(comparison.field());
		if (column == null) {
			throw new InvalidQuery(InvalidQuery.Kind.INVALID_FILTER_FIELD, "oneroster.filter.field", comparison.field());
		}
		if (comparison.operator() == Filter.Operator.CONTAINS) {
			params.add(comparison.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
			return "(" + column.sql() + ")::text ilike '%' || ? || '%'";
		}
		params.add(value(column, comparison));
		String sql = column.type() == Column.Type.TEXT ? "(" + column.sql() + ")::text" : column.sql();
		return sql + " " + comparison.operator().symbol().replace("!=", "<>") + " ?";
	}

	private static Object value(Column column, Filter.Comparison comparison) {
		String text = comparison.value();
		try {
			return switch (column.type()) {
				case TEXT -> text;
				case TIMESTAMP -> Timestamp.from(instant(text));
				case DATE -> LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
				case NUMBER -> new BigDecimal(text);
				case BOOLEAN -> {
					if (!text.equals("true") && !text.equals("false")) {
						throw new NumberFormatException(text);
					}
					yield Boolean.valueOf(text);
				}
			};
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			throw new InvalidQuery(InvalidQuery.Kind.INVALID_FILTER_FIELD, "oneroster.filter.value", comparison.field(), text);
		}
	}

	private static Instant instant(String text) {
		if (text.length() == 10) {
			return LocalDate.parse(text).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		}
		return OffsetDateTime.parse(text).toInstant();
	}

	private static String order(Resource resource, CollectionQuery query) {
		String sort = query.sort();
		if (sort == null) {
			return "r.sourced_id";
		}
		Column column = resource.fields().get(sort);
		if (column == null) {
			throw new InvalidQuery(InvalidQuery.Kind.INVALID_DATA, "oneroster.sort.field", sort);
		}
		return column.sql() + (query.descending() ? " desc" : " asc") + ", r.sourced_id";
	}

	/** The requested fields only; none of them known: the whole record, as the specification says. */
	private static Map<String, Object> select(Map<String, Object> record, CollectionQuery query) {
		if (query.fields().isEmpty() || query.fields().stream().noneMatch(record::containsKey)) {
			return record;
		}
		Map<String, Object> selected = new LinkedHashMap<>();
		record.forEach((name, value) -> {
			if (query.fields().contains(name)) {
				selected.put(name, value);
			}
		});
		return selected;
	}

	/** A page of records with the total count of the collection under the filter. */
	public record Page(List<Map<String, Object>> records, long total, CollectionQuery query) {
	}
}
