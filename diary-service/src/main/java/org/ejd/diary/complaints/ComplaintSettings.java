package org.ejd.diary.complaints;

import org.ejd.diary.complaints.domain.AnswerDeadline;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many days a school has to answer a complaint (D12): {@code ejd.diary.complaints.answer-days}, by default
 * the 30 days of 59-FZ; a deployment-wide setting until schools set their own policy.
 */
@ConfigurationProperties("ejd.diary.complaints")
record ComplaintSettings(@Nullable Integer answerDays) {

	ComplaintSettings {
		if (answerDays != null) {
			new AnswerDeadline(answerDays); // a wrong setting stops the start, not a family's complaint
		}
	}

	AnswerDeadline deadline() {
		return new AnswerDeadline(answerDays != null ? answerDays : AnswerDeadline.LAW);
	}
}
