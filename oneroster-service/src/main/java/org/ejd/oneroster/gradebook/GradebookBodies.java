package org.ejd.oneroster.gradebook;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * The bodies of the gradebook PUTs as the API document describes them (OneRoster 1.2's {@code lineItem} and
 * {@code result} wrappers, the fields eJD reads); {@link GradebookController} reads the JSON itself and refuses
 * anything else with 400 {@code invaliddata}.
 */
final class GradebookBodies {

	private GradebookBodies() {
	}

	@Schema(description = "Ссылка на запись OneRoster / a reference to a OneRoster record")
	record Ref(@Schema(maxLength = 200, example = "d8b3b84c-dfcc-3973-ad77-ed82afa7af35", requiredMode = Schema.RequiredMode.REQUIRED) String sourcedId,
			@Schema(maxLength = 40, example = "lineItem") @Nullable String type) {
	}

	@Schema(description = "Задание OneRoster / a OneRoster line item")
	record LineItem(@Schema(maxLength = 200, example = "d8b3b84c-dfcc-3973-ad77-ed82afa7af35", description = "Равен sourcedId пути / the path's sourcedId") @Nullable String sourcedId,
			@Schema(maxLength = 40, example = "active") @Nullable String status,
			@Schema(maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String title,
			@Schema(maxLength = 1000, example = "Контрольная работа по теме «Дроби»") @Nullable String description,
			@Schema(maxLength = 40, example = "2026-09-14", description = "Дата или дата-время ISO / an ISO date or date-time") @Nullable String assignDate,
			@Schema(maxLength = 40, requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-09-15",
					description = "Дата или дата-время ISO / an ISO date or date-time") String dueDate,
			@Schema(name = "class", requiredMode = Schema.RequiredMode.REQUIRED) Ref classRef, @Nullable Ref school,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Ref category) {
	}

	@Schema(description = "Тело PUT lineItems / the body of PUT lineItems")
	record LineItemPut(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LineItem lineItem) {
	}

	@Schema(description = "Результат OneRoster / a OneRoster result")
	record Result(@Schema(maxLength = 200, example = "b48b13e7-3a6a-32a8-adc5-4425dd24d9ff", description = "Равен sourcedId пути / the path's sourcedId") @Nullable String sourcedId,
			@Schema(maxLength = 40, example = "active") @Nullable String status,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Ref lineItem,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Ref student,
			@Schema(maxLength = 40, example = "fully graded") @Nullable String scoreStatus,
			@Schema(minimum = "1", maximum = "5", description = "Балл 1–5 / a score 1 to 5") @Nullable BigDecimal score,
			@Schema(maxLength = 50, example = "5") @Nullable String textScore,
			@Schema(maxLength = 40, example = "2026-09-15") @Nullable String scoreDate,
			@Schema(maxLength = 100000) @Nullable String comment) {
	}

	@Schema(description = "Тело PUT results / the body of PUT results")
	record ResultPut(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Result result) {
	}
}
