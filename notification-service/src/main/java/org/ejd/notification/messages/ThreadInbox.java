package org.ejd.notification.messages;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's threads with their unread counts and search, a thread's messages page by page, and the read receipt. */
@Service
public class ThreadInbox {

	public static final int MAX_LIMIT = 100;

	private final Threads threads;

	private final ThreadAccess access;

	private final SchoolTime time;

	private final Moderation moderation;

	private final MessageFiles files;

	ThreadInbox(Threads threads, ThreadAccess access, SchoolTime time, Moderation moderation, MessageFiles files) {
		this.files = files;
		this.threads = threads;
		this.access = access;
		this.time = time;
		this.moderation = moderation;
	}

	public record Inbox(List<ThreadView> threads, long unread) {
	}

	@Schema(name = "ThreadMessagePage") // one schema per feature (springdoc names by simple name)
	public record Page(List<MessageView> items, @Nullable String nextCursor) {
	}

	@Transactional(readOnly = true)
	public Inbox mine(Caller caller, @Nullable String q, int asked) {
		int limit = PageRequest.limit(asked, MAX_LIMIT);
		String query = q == null || q.isBlank() ? null : q.strip();
		if (query != null && query.length() > 100) {
			throw Refusal.invalid("messages.search-too-long");
		}
		List<ThreadView> mine = threads.of(caller.person(), access.familyOf(caller), query, limit).stream().map(ThreadView::of).toList();
		return new Inbox(mine, mine.stream().mapToLong(ThreadView::unread).sum());
	}

	/**
	 * The thread's messages oldest first, after the cursor (a message's sequence number): for its participants, and once a
	 * participant reported it for the school admin and deputy heads of its school (each such read audited).
	 */
	@Transactional
	public Page messages(Caller caller, UUID threadId, @Nullable String cursor, int asked) {
		int limit = PageRequest.limit(asked, MAX_LIMIT);
		Threads.Thread thread = threads.find(threadId).orElseThrow(() -> Refusal.unknown("messages.thread.not-found"));
		if (!access.takesPart(caller, thread)) {
			if (!ModeratingMessages.administers(caller, thread.schoolId()) || !moderation.reported(thread.id())) {
				throw Refusal.unknown("messages.thread.not-found");
			}
			moderation.audit(thread.schoolId(), caller.person(), "read-reported", thread.id(), null, null, time.now());
		}
		long after = 0;
		if (cursor != null) {
			try {
				after = Long.parseLong(cursor);
			}
			catch (NumberFormatException ex) {
				throw Refusal.invalid("messages.bad-cursor");
			}
		}
		long staffRead = threads.readSeq(thread.id(), thread.staffId(), true);
		long familyRead = threads.readSeq(thread.id(), thread.staffId(), false);
		List<Threads.Posted> page = threads.messages(thread.id(), after, limit + 1);
		String next = null;
		if (page.size() > limit) {
			page = page.subList(0, limit);
			next = Long.toString(page.getLast().seq());
		}
		var attached = files.of(page.stream().map(Threads.Posted::id).toList());
		return new Page(page.stream().map(m -> MessageView.of(m, staffRead, familyRead, attached.getOrDefault(m.id(), List.of()))).toList(),
				next);
	}

	/** The read receipt: the caller has read the thread up to its last message. */
	@Transactional
	public void read(Caller caller, UUID threadId) {
		Threads.Thread thread = access.participant(caller, threadId);
		threads.markRead(thread.id(), caller.person(), time.now());
	}

}
