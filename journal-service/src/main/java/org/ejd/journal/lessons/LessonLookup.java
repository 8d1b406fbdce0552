package org.ejd.journal.lessons;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** A lesson by id for the features built on lessons (homework handed in): each of them applies its own access rule. */
@Component
public class LessonLookup {

	private final Lessons lessons;

	LessonLookup(Lessons lessons) {
		this.lessons = lessons;
	}

	/** The lesson, unless unknown or cancelled (a cancelled lesson's homework is not set). */
	public Optional<Lesson> held(UUID lessonId) {
		return lessons.find(lessonId).filter(l -> lessons.cancellationReason(l.id()).isEmpty());
	}
}
