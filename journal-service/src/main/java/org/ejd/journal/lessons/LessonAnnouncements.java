package org.ejd.journal.lessons;

import java.time.Instant;
import java.util.List;

import org.ejd.journal.classes.ClassBook;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the diary a lesson's whole current state, with fresh links to its homework files, after every change to it. */
@Component
class LessonAnnouncements {

	private final Attachments attachments;

	private final ClassBook classes;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	LessonAnnouncements(Attachments attachments, ClassBook classes, ApplicationEventPublisher events, SchoolTime time) {
		this.attachments = attachments;
		this.classes = classes;
		this.events = events;
		this.time = time;
	}

	void announce(Lesson lesson) {
		Instant now = time.now();
		List<LessonEvents.AttachmentLink> links = attachments.of(lesson.id()).stream()
			.map(a -> new LessonEvents.AttachmentLink(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), attachments.link(a.id(), now)))
			.toList();
		String subject = classes.subject(lesson.subjectId()).orElseThrow().name();
		events.publishEvent(new LessonEvents.LessonRecorded(lesson, subject, links, now));
	}
}
