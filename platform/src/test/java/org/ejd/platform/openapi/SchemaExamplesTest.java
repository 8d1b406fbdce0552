package org.ejd.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import org.junit.jupiter.api.Test;

class SchemaExamplesTest {

	@Test
	void aPropertyGetsAnExampleByItsFormatAndAUuidByItsNameTheSameInEveryDocument() {
		Schema<Object> mark = Schemas.of("object");
		mark.addProperty("studentId", Schemas.of("string").format("uuid"));
		mark.addProperty("workDate", Schemas.of("string").format("date"));
		mark.addProperty("enteredAt", Schemas.of("string").format("date-time"));
		mark.addProperty("value", Schemas.string(10, "the mark"));
		mark.addProperty("counted", Schemas.of("boolean"));
		OpenAPI api = new OpenAPI().components(new Components().addSchemas("Mark", mark));

		SchemaExamples.apply(api);

		Map<String, Schema> properties = api.getComponents().getSchemas().get("Mark").getProperties();
		assertThat(properties.get("studentId").getExample())
			.isEqualTo(UUID.nameUUIDFromBytes("studentId".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
		assertThat(properties.get("workDate").getExample()).isEqualTo("2026-09-01");
		assertThat(properties.get("enteredAt").getExample()).isEqualTo("2026-09-01T08:30:00Z");
		assertThat(properties.get("value").getExample()).isEqualTo("5");
		assertThat(properties.get("counted").getExample()).isEqualTo(false);
	}

	@Test
	void anEnumGivesItsFirstValueAndANumberStaysWithinItsBounds() {
		Schema<Object> status = Schemas.of("string");
		status.setEnum(List.of("present", "absent"));
		assertThat(SchemaExamples.of("status", status)).isEqualTo("present");
		assertThat(SchemaExamples.of("periodNo", Schemas.integer(3, 12, "period"))).isEqualTo(3);
		assertThat(SchemaExamples.of("academicYear", Schemas.integer(2000, 2100, "year"))).isEqualTo(2026);
		Schema<Object> weight = Schemas.of("number");
		weight.setMaximum(BigDecimal.valueOf(0.5));
		assertThat(SchemaExamples.of("weight", weight)).isEqualTo(BigDecimal.valueOf(0.5));
	}

	@Test
	void aPatternGivesTheShortestTextItMatchesAndAnUnreadablePatternNone() {
		assertThat(SchemaExamples.shortestMatch("(?i)oral|written|test")).isEqualTo("oral");
		assertThat(SchemaExamples.shortestMatch("^[A-Za-z0-9._-]{1,32}$")).isEqualTo("A");
		assertThat(SchemaExamples.shortestMatch("^\\d{4}/\\d{4}$")).isEqualTo("1111/1111");
		assertThat(SchemaExamples.shortestMatch("^[\\x21-\\x7E]+$")).isEqualTo("!");
		assertThat(SchemaExamples.shortestMatch("^(a|b)c(d)$")).isNull();
		assertThat(SchemaExamples.shortestMatch("^[^a]+$")).isNull();
		assertThat(SchemaExamples.of("code", Schemas.of("string").pattern("^\\p{L}+$"))).isNull();
	}

	@Test
	void freeTextKeepsToItsLengthAndAnExampleTheCodeGaveIsKept() {
		assertThat(SchemaExamples.of("lastName", Schemas.string(3, "a name"))).isEqualTo("Ива");
		Schema<Object> given = Schemas.string(10, "the mark");
		given.setExample("4");
		Schema<Object> mark = Schemas.of("object");
		mark.addProperty("value", given);
		SchemaExamples.apply(new OpenAPI().components(new Components().addSchemas("Mark", mark)));
		assertThat(given.getExample()).isEqualTo("4");
	}

	@Test
	void freeTextWhoseNameSaysNothingGetsNoMadeUpWordButAMachineFieldAndASchoolTextGetReadValues() {
		assertThat(SchemaExamples.of("status", Schemas.of("string"))).isNull();
		assertThat(SchemaExamples.of("nextCursor", Schemas.of("string"))).isEqualTo("YzF8bWFya3N8Y3w0ODIxM3wzfA");
		assertThat(SchemaExamples.of("clientId", Schemas.of("string"))).isEqualTo("school-sis-1");
		assertThat(SchemaExamples.of("field", Schemas.of("string"))).isEqualTo("workDate");
		assertThat(SchemaExamples.of("changeReason", Schemas.of("string"))).isEqualTo("Ошибка при вводе");
		assertThat(SchemaExamples.of("teacher", Schemas.of("string"))).isEqualTo("Иванова Мария Петровна");
	}

	@Test
	void theServicesOwnExampleOfASharedSchemasPropertyWinsAndOneNamingNoPropertyFails() {
		Schema<Object> read = Schemas.of("object");
		read.addProperty("what", Schemas.of("string"));
		OpenAPI api = new OpenAPI().components(new Components().addSchemas("Read", read));

		SchemaExamples.apply(api, Map.of("Read.what", "week"));

		assertThat(read.getProperties().get("what").getExample()).isEqualTo("week");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> SchemaExamples.apply(api, Map.of("Read.whom", "week")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Read.whom");
	}
}
