package org.ejd.journal.lessons;

import java.time.Instant;
import java.util.List;

import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.directory.Directory;
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

	private final Directory directory;

	private final Lessons lessons;

	LessonAnnouncements(Attachments attachments, ClassBook classes, ApplicationEventPublisher events, SchoolTime time,
			Directory directory, Lessons lessons) {
		this.attachments = attachments;
		this.classes = classes;
		this.events = events;
		this.time = time;
		this.directory = directory;
		this.lessons = lessons;
	}

	void announce(Lesson lesson) {
		Instant now = time.now();
		List<LessonEvents.AttachmentLink> links = attachments.of(lesson.id()).stream()
			.map(a -> new LessonEvents.AttachmentLink(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), attachments.link(a.id(), now)))
			.toList();
		String subject = classes.subject(lesson.subjectId()).orElseThrow().name();
		UUID substitute = lesson.change() == null ? null : lesson.change().substituteId();
		events.publishEvent(new LessonEvents.LessonRecorded(lesson, subject, links, now,
				directory.staffName(lesson.teacherId(), lesson.schoolId()),
				substitute == null ? "" : directory.staffName(substitute, lesson.schoolId()),
				lessons.cancellationReason(lesson.id()).orElse(null)));
	}
}
