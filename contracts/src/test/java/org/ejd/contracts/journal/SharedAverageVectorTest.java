package org.ejd.contracts.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one average of the journal and the diary computes every case of contracts/vectors/averages.json as expected. */
class SharedAverageVectorTest {

	@Test
	void theAverageOfTheJournalAndTheDiaryComputesEveryCaseOfTheSharedVector() throws Exception {
		JsonNode vector;
		try (InputStream in = getClass().getResourceAsStream("/contracts/vectors/averages.json")) {
			assertThat(in).as("the vector is packaged with the contracts").isNotNull();
			vector = JsonMapper.builder().build().readTree(in);
		}
		assertThat(vector.get("cases").size()).isGreaterThan(5);
		for (JsonNode c : vector.get("cases")) {
			List<WeightedAverage.Countable> marks = new ArrayList<>();
			for (JsonNode m : c.get("marks")) {
				marks.add(new WeightedAverage.Countable(m.get("value").asString(), m.get("scale").asString(), m.get("weight").decimalValue(),
						m.get("countsInAverage").asBoolean()));
			}
			BigDecimal expected = c.get("expected").isNull() ? null : new BigDecimal(c.get("expected").asString());
			assertThat(WeightedAverage.of(marks).orElse(null)).as(c.get("name").asString()).isEqualTo(expected);
		}
	}
}
