package org.ejd.diary.achievements;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.AchievementCorrected;
import org.ejd.contracts.journal.AchievementRecorded;
import org.ejd.contracts.journal.AchievementWithdrawn;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link DiaryAchievements} from journal.achievements.v1. */
@Component
class JournalAchievementEvents {

	private final EventInbox inbox;

	private final DiaryAchievements achievements;

	JournalAchievementEvents(EventInbox inbox, DiaryAchievements achievements) {
		this.inbox = inbox;
		this.achievements = achievements;
	}

	@KafkaListener(id = "diary-achievements", topics = AchievementRecorded.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.achievements", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case AchievementRecorded a -> achievements.upsert(a.achievementId(), a.studentId(), new DiaryAchievements.Achievement(
					a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectName(), a.issuer(), a.title()), event.version());
			case AchievementCorrected a -> achievements.upsert(a.achievementId(), a.studentId(), new DiaryAchievements.Achievement(
					a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectName(), a.issuer(), a.title()), event.version());
			case AchievementWithdrawn a -> achievements.withdraw(a.achievementId(), a.studentId(), event.version());
			default -> {
				// a type this build does not know yet
			}
		}
	}
}
