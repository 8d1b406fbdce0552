package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RosterTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void aRosterIsAClassOfStudentsEachWithAMotherAndAFatherInTheImportsColumns() {
		List<String> lines = PerfData.roster(3, 25, TODAY);
		List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(";", -1)).toList();

		assertThat(lines.getFirst()).isEqualTo("Тип;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Ключ;Ребёнок;Основание");
		assertThat(rows).hasSize(PerfData.Roster.ofClass(25).rows()).allSatisfy(row -> assertThat(row).hasSize(9));
		Set<String> students = rows.stream().filter(r -> r[0].equals("обучающийся")).map(r -> r[6]).collect(Collectors.toSet());
		List<String[]> guardians = rows.stream().filter(r -> r[0].equals("родитель")).toList();
		assertThat(students).hasSize(25);
		assertThat(guardians).hasSize(50).allSatisfy(g -> assertThat(students).contains(g[7]))
			.allSatisfy(g -> assertThat(g[8]).isEqualTo("родитель"));
		assertThat(rows.stream().map(r -> r[6]).distinct()).hasSize(75);
	}

	@Test
	void aRostersStudentsAreBornInThePastAtAnAgeForSchool() {
		for (int file = 0; file < PerfData.ROSTER_FILES; file++) {
			PerfData.roster(file, 25, TODAY).stream().skip(1).map(l -> l.split(";", -1)).filter(r -> r[0].equals("обучающийся"))
				.map(r -> LocalDate.parse(r[4], DateTimeFormatter.ofPattern("dd.MM.uuuu")))
				.forEach(born -> assertThat(born).isBefore(TODAY.minusYears(6)).isAfter(TODAY.minusYears(19)));
		}
	}

	@Test
	void aStudentsPatronymicIsTheirFathersName() {
		List<String[]> rows = PerfData.roster(0, 2, TODAY).stream().skip(1).map(l -> l.split(";", -1)).toList();

		assertThat(rows.get(0)[3]).isEqualTo(rows.get(2)[2].replaceAll("й$", "") + "евич");
		assertThat(rows.get(3)[3]).isEqualTo(rows.get(5)[2].replaceAll("й$", "") + "евна");
		assertThat(rows.get(0)[1]).isEqualTo(rows.get(2)[1]);
		assertThat(rows.get(1)[1]).isEqualTo(rows.get(0)[1] + "а");
	}
}
