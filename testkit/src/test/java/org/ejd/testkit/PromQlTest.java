package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

	@Test
	void findsTheMetricsOfARatioOfRatesButNotFunctionsLabelsOrKeywords() {
		assertThat(PromQl.metricNames("""
				sum by (job) (rate(http_server_requests_seconds_count{status=~"5..", uri!="/x"}[5m]))
				  / sum by (job) (rate(http_server_requests_seconds_count[5m])) > 0.01""")).containsExactly("http_server_requests_seconds_count");
	}

	@Test
	void findsEveryMetricOfABinaryExpressionWithTimeAndNumbers() {
		assertThat(PromQl.metricNames("ejd_secret_expiry_timestamp_seconds - time() < 14 * 86400 or up == 0"))
			.containsExactly("ejd_secret_expiry_timestamp_seconds", "up");
		assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (le) (rate(a_bucket[5m]))) and on (job) b offset 5m"))
			.containsExactly("a_bucket", "b");
	}
}
