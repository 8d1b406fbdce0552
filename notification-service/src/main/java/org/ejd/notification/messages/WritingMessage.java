package org.ejd.notification.messages;

import java.util.List;
import java.util.UUID;

import org.ejd.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant answers in a thread: the family privately to its member of staff, the member of staff to the family; with
 * the files they uploaded to the thread ({@link AttachingFile}).
 */
@Service
public class WritingMessage {

	private final ThreadAccess access;

	private final Posting posting;

	WritingMessage(ThreadAccess access, Posting posting) {
		this.access = access;
		this.posting = posting;
	}

	@Transactional
	public MessageView write(Caller caller, UUID threadId, @Nullable String text, @Nullable List<UUID> attachments) {
		Threads.Thread thread = access.participant(caller, threadId);
		boolean fromStaff = access.asStaff(caller, thread);
		String checked = posting.text(text);
		List<UUID> files = posting.attachments(attachments);
		posting.notBlocked(caller.person(), thread.schoolId());
		posting.withinRate(caller.person());
		Threads.Posted posted = posting.post(thread, caller.person(), fromStaff, checked, files);
		return MessageView.of(posted, fromStaff ? posted.seq() : 0, fromStaff ? 0 : posted.seq(), posting.filesOf(posted.id()));
	}
}
