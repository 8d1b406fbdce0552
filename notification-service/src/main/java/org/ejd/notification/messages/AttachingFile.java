package org.ejd.notification.messages;

import java.util.UUID;

import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.upload.UploadRule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant uploads a file to a thread, to send it with their next message: the homework rule (size, type, type by
 * content; platform {@link UploadRule}), and the school's block. Until sent only its uploader sees it.
 */
@Service
public class AttachingFile {

	private final ThreadAccess access;

	private final MessageFiles files;

	private final Posting posting;

	private final UploadRule rule;

	private final SchoolTime time;

	AttachingFile(ThreadAccess access, MessageFiles files, Posting posting, MessageSettings settings, SchoolTime time) {
		this.access = access;
		this.files = files;
		this.posting = posting;
		this.rule = settings.attachments().rule();
		this.time = time;
	}

	@Transactional
	public AttachmentView attach(Caller caller, UUID threadId, String fileName, String contentType, byte[] content) {
		Threads.Thread thread = access.participant(caller, threadId);
		posting.notBlocked(caller.person(), thread.schoolId());
		rule.check(fileName, contentType, content);
		MessageFiles.File file = new MessageFiles.File(UUID.randomUUID(), thread.id(), null, fileName, contentType, content.length,
				caller.person(), time.now());
		files.insert(file, content);
		return AttachmentView.of(file);
	}

	/** The largest file taken, so that the web layer reads no more of an upload than that. */
	public long maxBytes() {
		return rule.maxBytes();
	}
}
