package org.ejd.diary.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ejd.diary.DiaryIT;
import org.ejd.diary.family.ReadDecisions.Decision;
import org.ejd.diary.family.ReadDecisions.Question;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access decisions of many reads made by one statement (ADR 0089): each read gets its own answer and audit row. */
class ReadDecisionsIT extends DiaryIT {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	@Autowired
	ReadDecisions decisions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneStatementDecidesEachReadOnItsOwnAndAuditsOnlyTheAllowedOnes() {
		UUID child = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		UUID refusing = UUID.randomUUID();
		UUID mother = represents(child, LocalDate.of(2020, 9, 1), null);
		UUID former = represents(other, LocalDate.of(2020, 9, 1), LocalDate.of(2025, 8, 31));
		UUID father = represents(refusing, LocalDate.of(2020, 9, 1), null);
		UUID future = represents(other, TODAY.plusDays(1), null);
		jdbc.sql("""
				insert into consent_state (person_id, status, processing_allowed, version, event_time)
				values (?, 'refused', false, 1, now())""").param(refusing).update();

		List<Decision> decided = decisions.decide(jdbc, List.of(
				question(false, mother, child, "marks", null),
				question(false, mother, other, "marks", null),
				question(false, former, other, "week", null),
				question(true, null, child, "lessons", null),
				question(false, father, refusing, "marks", null),
				question(false, future, other, "marks", null),
				question(false, mother, child, "week", "select 'stamp of ' || cast(:student as text)")));

		assertThat(decided).containsExactly(
				new Decision(true, false, null),
				new Decision(false, false, null),
				new Decision(false, false, null),
				new Decision(true, false, null),
				new Decision(true, true, null),
				new Decision(false, false, null),
				new Decision(true, false, "stamp of " + child));
		assertThat(jdbc.sql("select reader || ' ' || what from read_audit where student_id = ? order by id").param(child)
			.query(String.class).list())
			.containsExactly(mother + " marks", child + " lessons", mother + " week");
		assertThat(jdbc.sql("select count(*) from read_audit where student_id in (?, ?)").param(other).param(refusing)
			.query(Long.class).single()).as("refused and refusing reads leave no audit row").isZero();
	}

	@Test
	void readsAskedAtOnceByManyThreadsEachGetTheirOwnAnswer() throws Exception {
		List<UUID> children = new ArrayList<>();
		List<UUID> guardians = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			UUID child = UUID.randomUUID();
			children.add(child);
			guardians.add(represents(child, LocalDate.of(2020, 9, 1), null));
		}
		List<Future<Decision>> answers = new ArrayList<>();
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int round = 0; round < 10; round++) {
				for (int i = 0; i < children.size(); i++) {
					// each guardian asks for their own child and for the next family's
					UUID guardian = guardians.get(i);
					UUID own = children.get(i);
					UUID next = children.get((i + 1) % children.size());
					answers.add(readers.submit(() -> decisions.decide(question(false, guardian, own, "marks", null))));
					answers.add(readers.submit(() -> decisions.decide(question(false, guardian, next, "marks", null))));
				}
			}
		}
		for (int i = 0; i < answers.size(); i++) {
			assertThat(answers.get(i).get().reader()).as("read " + i + ": own child or the next family's").isEqualTo(i % 2 == 0);
		}
		for (int i = 0; i < children.size(); i++) {
			assertThat(jdbc.sql("select reader from read_audit where student_id = ?").param(children.get(i)).query(String.class).list())
				.as("ten reads by the child's own guardian, none by the next family's")
				.hasSize(10).containsOnly(guardians.get(i).toString());
		}
	}

	private UUID represents(UUID student, LocalDate from, LocalDate to) {
		UUID guardian = UUID.randomUUID();
		jdbc.sql("""
				insert into representation (id, guardian_id, student_id, valid_from, valid_to, active_from, active_to, version)
				values (?, ?, ?, ?, ?, ?, ?, 1)""")
			.params(UUID.randomUUID(), guardian, student, from, to, from, to).update();
		return guardian;
	}

	private static Question question(boolean self, UUID guardian, UUID student, String what, String select) {
		return new Question(self, guardian, student, TODAY, Instant.now(), guardian != null ? guardian.toString() : student.toString(),
				"ejd-test", "guardian", what, select);
	}
}
