package org.ejd.oneroster.gradebook;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ejd.oneroster.access.Reach;
import org.ejd.oneroster.collections.Collections;
import org.ejd.oneroster.collections.domain.CollectionQuery;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A OneRoster client puts a line item under its own sourcedId (ADR 0042): a piece of work of one of its schools'
 * classes, due on a day, of a category (a work type). The journal has no line items: the results put against it carry
 * its class, day and work type into the marks. A line item another client put, or one whose work already has results
 * and would move, is refused (409).
 */
@Service
public class SettingLineItems {

	private final JdbcClient jdbc;

	private final Collections collections;

	private final SchoolTime time;

	SettingLineItems(JdbcClient jdbc, Collections collections, SchoolTime time) {
		this.jdbc = jdbc;
		this.collections = collections;
		this.time = time;
	}

	/** @return the line item as a read shows it, and whether it was new (201) or replaced (200) */
	@Transactional
	public Put put(Reach reach, String sourcedId, LineItemPut item) {
		ClassKey key = classOf(reach, item.classId())
			.orElseThrow(() -> Refusal.invalid("oneroster.lineItem.class-unknown", item.classId()));
		if (item.schoolId() != null && !item.schoolId().equals(key.schoolId().toString())) {
			throw Refusal.invalid("oneroster.lineItem.school-mismatch", item.schoolId());
		}
		String workType = workTypeOf(key.schoolId(), item.categoryId())
			.orElseThrow(() -> Refusal.invalid("oneroster.lineItem.category-unknown", item.categoryId()));
		Optional<Existing> existing = jdbc.sql("""
				select client_id, class_group_id, subject_id, work_date, work_type, deleted_at from client_line_item
				where sourced_id = ? for update""").param(sourcedId).query(Existing.class).optional();
		Instant now = time.now();
		if (existing.isPresent()) {
			Existing before = existing.get();
			if (!before.clientId().equals(reach.clientId())) {
				throw Refusal.conflict("oneroster.lineItem.taken", sourcedId);
			}
			if (before.deletedAt() != null) {
				throw Refusal.conflict("oneroster.lineItem.deleted", sourcedId);
			}
			boolean moves = !before.classGroupId().equals(key.classGroupId()) || !before.subjectId().equals(key.subjectId())
					|| !before.workDate().equals(item.dueDate()) || !before.workType().equals(workType);
			if (moves && hasResults(sourcedId)) {
				throw Refusal.conflict("oneroster.lineItem.has-results", sourcedId);
			}
		}
		String sameWork = jdbc.sql("""
				select sourced_id from client_line_item where class_group_id = ? and subject_id = ? and work_date = ?
				and work_type = ? and sourced_id <> ?""")
			.params(key.classGroupId(), key.subjectId(), item.dueDate(), workType, sourcedId).query(String.class).optional()
			.orElse(null);
		if (sameWork != null) {
			throw Refusal.conflict("oneroster.lineItem.same-work", sameWork);
		}
		jdbc.sql("""
				insert into client_line_item (sourced_id, client_id, school_id, class_group_id, subject_id, work_date, work_type,
				  title, description, modified_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (sourced_id) do update set class_group_id = excluded.class_group_id, subject_id = excluded.subject_id,
				  work_date = excluded.work_date, work_type = excluded.work_type, title = excluded.title,
				  description = excluded.description, modified_at = excluded.modified_at""")
			.params(sourcedId, reach.clientId(), key.schoolId(), key.classGroupId(), key.subjectId(), item.dueDate(), workType,
					item.title(), item.description(), Timestamp.from(now))
			.update();
		Map<String, Object> json = collections.one(GradebookResources.LINE_ITEMS, sourcedId,
				CollectionQuery.of(null, null, null, null, null, null, 1, 1), reach);
		return new Put(json, existing.isEmpty());
	}

	private boolean hasResults(String lineItem) {
		return jdbc.sql("select count(*) from client_result where line_item_id = ?").param(lineItem).query(Integer.class)
			.single() > 0;
	}

	/** The class group and subject of a OneRoster class of the client's schools (its sourcedId is derived from both). */
	Optional<ClassKey> classOf(Reach reach, String classId) {
		return jdbc.sql("""
				select distinct school_id, class_group_id, subject_id from teaching
				where md5(class_group_id::text || '|' || subject_id::text)::uuid::text = ? and school_id = any(?::uuid[])""")
			.params(classId, reach.schoolArray()).query(ClassKey.class).optional();
	}

	private Optional<String> workTypeOf(UUID school, String categoryId) {
		return jdbc.sql("""
				select wt from unnest(%s) as wt where md5('category|' || ?::text || '|' || wt)::uuid::text = ?"""
			.formatted(GradebookResources.WORK_TYPES))
			.params(school, categoryId).query(String.class).optional();
	}

	record ClassKey(UUID schoolId, UUID classGroupId, UUID subjectId) {
	}

	private record Existing(String clientId, UUID classGroupId, UUID subjectId, LocalDate workDate, String workType,
			@Nullable Instant deletedAt) {
	}

	/**
	 * A line item as a client puts it: its class and category by sourcedId, its school (optional, must be the class's),
	 * the day it is due (the day of the work), its title and description.
	 */
	public record LineItemPut(String title, @Nullable String description, LocalDate dueDate, String classId,
			@Nullable String schoolId, String categoryId) {
	}

	/** What a PUT answers: the record, and whether it was created. */
	public record Put(Map<String, Object> json, boolean created) {
	}
}
