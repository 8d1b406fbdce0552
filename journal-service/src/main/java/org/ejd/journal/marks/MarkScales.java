package org.ejd.journal.marks;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which mark scales a school uses, by its local act: five-point, pass/fail, notes («н/а», «осв»). All until it says otherwise. */
@Service
public class MarkScales {

	private final JdbcClient jdbc;

	private final SchoolRoles roles;

	MarkScales(JdbcClient jdbc, SchoolRoles roles) {
		this.jdbc = jdbc;
		this.roles = roles;
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
			throw Refusal.unknown("journal.school.not-found");
		}
		return of(schoolId);
	}

	@Transactional
	public Set<MarkValue.Scale> set(Caller caller, UUID schoolId, boolean fivePoint, boolean passFail, boolean notes) {
		roles.requireSchoolAdmin(caller, schoolId);
		if (!fivePoint && !passFail) {
			throw Refusal.invalid("journal.scales.none");
		}
		jdbc.sql("""
				insert into school_mark_scales (school_id, five_point, pass_fail, notes, set_by) values (?, ?, ?, ?, ?)
				on conflict (school_id) do update set five_point = excluded.five_point, pass_fail = excluded.pass_fail,
				  notes = excluded.notes, set_by = excluded.set_by, set_at = now()""")
			.params(schoolId, fivePoint, passFail, notes, caller.person()).update();
		return of(schoolId);
	}
}
