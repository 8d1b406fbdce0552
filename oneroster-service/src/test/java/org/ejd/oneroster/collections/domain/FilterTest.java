package org.ejd.oneroster.collections.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterTest {

	@Test
	void aComparisonIsAFieldAnOperatorAndAQuotedValue() {
		Filter filter = Filter.parse("familyName='Петрова'");
		assertThat(filter.comparisons()).containsExactly(new Filter.Comparison("familyName", Filter.Operator.EQUALS, "Петрова"));
	}

	@Test
	void everyOperatorOfTheSpecificationIsRead() {
		assertThat(Filter.parse("a!='1'").comparisons().get(0).operator()).isEqualTo(Filter.Operator.NOT_EQUALS);
		assertThat(Filter.parse("a>='1'").comparisons().get(0).operator()).isEqualTo(Filter.Operator.GREATER_OR_EQUAL);
		assertThat(Filter.parse("a<='1'").comparisons().get(0).operator()).isEqualTo(Filter.Operator.LESS_OR_EQUAL);
		assertThat(Filter.parse("a>'1'").comparisons().get(0).operator()).isEqualTo(Filter.Operator.GREATER);
		assertThat(Filter.parse("a<'1'").comparisons().get(0).operator()).isEqualTo(Filter.Operator.LESS);
		assertThat(Filter.parse("a~'1'").comparisons().get(0).operator()).isEqualTo(Filter.Operator.CONTAINS);
	}

	@Test
	void andOrOrJoinsComparisonsAndAQuotedAndIsPartOfTheValue() {
		Filter all = Filter.parse("role='student' AND familyName='Smith AND Sons'");
		assertThat(all.all()).isTrue();
		assertThat(all.comparisons()).hasSize(2);
		assertThat(all.comparisons().get(1).value()).isEqualTo("Smith AND Sons");
		assertThat(Filter.parse("role='student' OR role='teacher'").all()).isFalse();
	}

	@Test
	void mixingAndWithOrIsRefused() {
		assertThatThrownBy(() -> Filter.parse("a='1' AND b='2' OR c='3'")).isInstanceOf(InvalidQuery.class)
			.extracting(e -> ((InvalidQuery) e).kind()).isEqualTo(InvalidQuery.Kind.INVALID_FILTER_FIELD);
	}

	@Test
	void anUnquotedValueAMissingOperatorOrAnOpenQuoteIsRefused() {
		assertThatThrownBy(() -> Filter.parse("familyName=Smith")).isInstanceOf(InvalidQuery.class);
		assertThatThrownBy(() -> Filter.parse("familyName 'Smith'")).isInstanceOf(InvalidQuery.class);
		assertThatThrownBy(() -> Filter.parse("familyName='Smith")).isInstanceOf(InvalidQuery.class);
		assertThatThrownBy(() -> Filter.parse("='Smith'")).isInstanceOf(InvalidQuery.class);
	}
}
