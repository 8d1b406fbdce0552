package org.ejd.oneroster.collections.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CollectionQueryTest {

	@Test
	void withoutParametersThePageIsTheDefaultFromTheStart() {
		CollectionQuery query = CollectionQuery.of(null, null, null, null, null, null, 100, 1000);
		assertThat(query.limit()).isEqualTo(100);
		assertThat(query.offset()).isZero();
		assertThat(query.filter()).isNull();
		assertThat(query.fields()).isEmpty();
		assertThat(query.clamped()).isFalse();
	}

	@Test
	void aLimitAboveTheLargestPageIsClampedNotRefused() {
		CollectionQuery query = CollectionQuery.of("5000", "10", null, null, null, null, 100, 1000);
		assertThat(query.limit()).isEqualTo(1000);
		assertThat(query.clamped()).isTrue();
		assertThat(query.offset()).isEqualTo(10);
	}

	@Test
	void aNegativeOrNonNumericPageIsRefused() {
		assertThatThrownBy(() -> CollectionQuery.of("0", null, null, null, null, null, 100, 1000)).isInstanceOf(InvalidQuery.class);
		assertThatThrownBy(() -> CollectionQuery.of(null, "-1", null, null, null, null, 100, 1000)).isInstanceOf(InvalidQuery.class);
		assertThatThrownBy(() -> CollectionQuery.of("ten", null, null, null, null, null, 100, 1000)).isInstanceOf(InvalidQuery.class);
	}

	@Test
	void fieldsAreAListAndAnEmptyOneIsRefused() {
		assertThat(CollectionQuery.of(null, null, null, null, null, "sourcedId, givenName", 100, 1000).fields())
			.containsExactlyInAnyOrder("sourcedId", "givenName");
		assertThatThrownBy(() -> CollectionQuery.of(null, null, null, null, null, " , ", 100, 1000))
			.extracting(e -> ((InvalidQuery) e).kind()).isEqualTo(InvalidQuery.Kind.INVALID_SELECTION_FIELD);
	}

	@Test
	void orderByIsAscOrDesc() {
		assertThat(CollectionQuery.of(null, null, null, "familyName", "desc", null, 100, 1000).descending()).isTrue();
		assertThatThrownBy(() -> CollectionQuery.of(null, null, null, "familyName", "up", null, 100, 1000))
			.isInstanceOf(InvalidQuery.class);
	}
}
