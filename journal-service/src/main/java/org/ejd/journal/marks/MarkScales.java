package org.ejd.journal.marks;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which mark scales a school uses, by its local act: five-point, pass/fail, notes («н/а», «осв»). All until it says otherwise. */
@Service
public class MarkScales {

	private final JdbcClient jdbc;

	MarkScales(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Set<MarkValue.Scale> of(UUID schoolId) {
		return jdbc.sql("select five_point, pass_fail, notes from school_mark_scales where school_id = ?").param(schoolId)
			.query((rs, row) -> {
				Set<MarkValue.Scale> scales = EnumSet.noneOf(MarkValue.Scale.class);
				if (rs.getBoolean("five_point")) {
					scales.add(MarkValue.Scale.FIVE_POINT);
				}
				if (rs.getBoolean("pass_fail")) {
					scales.add(MarkValue.Scale.PASS_FAIL);
				}
				if (rs.getBoolean("notes")) {
					scales.add(MarkValue.Scale.NOTE);
				}
				return scales;
			})
			.optional().orElse(EnumSet.allOf(MarkValue.Scale.class));
	}

	@Transactional(readOnly = true)
	public Set<MarkValue.Scale> read(Caller caller, UUID schoolId) {
		if (!caller.actsIn(schoolId)) {
			throw ApiException.notFound("journal.school.not-found");
		}
		return of(schoolId);
	}

	@Transactional
	public Set<MarkValue.Scale> set(Caller caller, UUID schoolId, boolean fivePoint, boolean passFail, boolean notes) {
		if (!caller.actsIn(schoolId)) {
			throw ApiException.notFound("journal.school.not-found");
		}
		if (!caller.has(Role.SCHOOL_ADMIN)) {
			throw ApiException.forbidden("journal.school-admin-only");
		}
		if (!fivePoint && !passFail) {
			throw ApiException.badRequest("journal.scales.none");
		}
		jdbc.sql("""
				insert into school_mark_scales (school_id, five_point, pass_fail, notes, set_by) values (?, ?, ?, ?, ?)
				on conflict (school_id) do update set five_point = excluded.five_point, pass_fail = excluded.pass_fail,
				  notes = excluded.notes, set_by = excluded.set_by, set_at = now()""")
			.params(schoolId, fivePoint, passFail, notes, caller.person()).update();
		return of(schoolId);
	}
}
