package org.ejd.diary.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.family.Family;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SchoolRulesController {

	private final SchoolRules rules;

	private final DiaryAccess access;

	private final Family family;

	SchoolRulesController(SchoolRules rules, DiaryAccess access, Family family) {
		this.rules = rules;
		this.access = access;
		this.family = family;
	}

	/** The rules of the student's school in force today (J13): deadlines, mark scales, averaging weights, forecast rounding. */
	@GetMapping("/api/diary/students/{studentId}/school-rules")
	RulesView rules(@PathVariable UUID studentId) {
		access.read(studentId, "school-rules");
		UUID school = family.student(studentId).getFirst().schoolId();
		LocalDate today = access.today(studentId);
		return new RulesView(rules.deadlines(school), rules.scalesOf(school), rules.weightsInForce(school, today),
				rules.roundingInForce(school, today).roundUpFrom());
	}

	record RulesView(SchoolRules.Deadlines deadlines, List<SchoolRules.Scale> markScales, SchoolRules.Weights averaging,
			BigDecimal forecastRoundsUpFrom) {
	}
}
