package org.ejd.diary.statements;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Looks every few minutes for schools whose paper week is due or was missed; the business clock decides. */
@Configuration
@EnableScheduling
class PaperBatchJob {

	private final PaperBatches batches;

	PaperBatchJob(PaperBatches batches) {
		this.batches = batches;
	}

	@Scheduled(fixedDelayString = "${ejd.diary.paper.check-every:PT5M}", initialDelayString = "PT1M")
	void tick() {
		batches.makeDue();
	}
}
