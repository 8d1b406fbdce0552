package org.ejd.notification.messages;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ejd.notification.messages.StartingThread.StartThread;
import org.ejd.platform.security.Callers;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class ThreadController {

	private final StartingThread starting;

	private final WritingMessage writing;

	private final DeletingMessage deleting;

	private final ThreadInbox inbox;

	private final ModeratingMessages moderating;

	private final AttachingFile attaching;

	private final DownloadingFile downloading;

	private final WritingToClass toClass;

	ThreadController(StartingThread starting, WritingMessage writing, DeletingMessage deleting, ThreadInbox inbox,
			ModeratingMessages moderating, AttachingFile attaching, DownloadingFile downloading, WritingToClass toClass) {
		this.toClass = toClass;
		this.attaching = attaching;
		this.downloading = downloading;
		this.moderating = moderating;
		this.starting = starting;
		this.writing = writing;
		this.deleting = deleting;
		this.inbox = inbox;
	}

	@PostMapping("/threads")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<ThreadView> start(@Valid @RequestBody StartThread start) {
		ThreadView thread = starting.start(Callers.current(), start);
		return ResponseEntity.created(URI.create("/api/notifications/threads/" + thread.id())).body(thread);
	}

	/** To all families of a class group: one thread per student, each family answers privately. */
	@PostMapping("/class-groups/{classGroupId}/threads")
	@ResponseStatus(HttpStatus.CREATED)
	WritingToClass.Sent writeToClass(@PathVariable UUID classGroupId, @Valid @RequestBody WritingToClass.ClassMessage message) {
		return toClass.write(Callers.current(), classGroupId, message);
	}

	/** The caller's threads, latest first, with unread counts; {@code q} searches topics and messages. */
	@GetMapping("/me/threads")
	ThreadInbox.Inbox mine(@RequestParam(required = false) @Size(max = 100) @Nullable String q, @RequestParam(defaultValue = "50")
			@Parameter(description = PAGE_SIZE, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + ThreadInbox.MAX_LIMIT, defaultValue = "50")) int limit) {
		return inbox.mine(Callers.current(), q, limit);
	}

	/** Oldest first; the next page's cursor in {@code nextCursor} and in {@code Link: <...>; rel="next"} (ADR 0025). */
	@GetMapping("/threads/{threadId}/messages")
	ResponseEntity<ThreadInbox.Page> messages(@PathVariable UUID threadId,
			@RequestParam(required = false) @Size(max = PageRequest.MAX_CURSOR_LENGTH) @Nullable String cursor,
			@RequestParam(defaultValue = "50") @Parameter(description = PAGE_SIZE, schema = @Schema(type = "integer",
					format = "int32", minimum = "1", maximum = "" + ThreadInbox.MAX_LIMIT, defaultValue = "50")) int limit) {
		ThreadInbox.Page page = inbox.messages(Callers.current(), threadId, cursor, limit);
		return Paging.answer(page, page.nextCursor(), limit);
	}

	static final String PAGE_SIZE = "Записей на странице, от 1 до " + ThreadInbox.MAX_LIMIT + "; вне этих границ — 400 / items per page, 1 to " + ThreadInbox.MAX_LIMIT
			+ "; outside it 400";

	/**
	 * @param text at most ejd.notification.messages.max-length characters (4000 unless configured), checked by the use case
	 * @param attachments ids of files the writer uploaded to the thread, sent with this message
	 */
	record Text(@Nullable @Size(max = 4000) String text, @Nullable @Size(max = 5) List<UUID> attachments) {
	}

	@PostMapping("/threads/{threadId}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	MessageView write(@PathVariable UUID threadId, @Valid @RequestBody Text text) {
		return writing.write(Callers.current(), threadId, text.text(), text.attachments());
	}

	/** A file to send with the next message: the body is the file, its type in Content-Type, its name in {@code file}. */
	@PostMapping(path = "/threads/{threadId}/attachments", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentView attach(@PathVariable UUID threadId, @RequestParam("file") @Size(min = 1, max = 200) String fileName,
			HttpServletRequest request)
			throws IOException {
		String name = fileName.strip();
		if (name.isEmpty() || name.length() > 200) {
			throw org.ejd.platform.refusal.Refusal.invalid("messages.attachment.name", 200);
		}
		MediaType declared = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		String type = declared == null ? "" : declared.getType() + "/" + declared.getSubtype();
		// read one byte past the limit at most: an oversized upload is refused without filling memory
		byte[] content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, attaching.maxBytes()) + 1);
		return attaching.attach(Callers.current(), threadId, name, type, content);
	}

	/** A file of a message, for the thread's participants (with their token). */
	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID attachmentId) {
		DownloadingFile.Download file = downloading.download(Callers.current(), attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/threads/{threadId}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable UUID threadId) {
		inbox.read(Callers.current(), threadId);
	}

	@DeleteMapping("/messages/{messageId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID messageId) {
		deleting.delete(Callers.current(), messageId);
	}

	record Reason(@Nullable @Size(max = ModeratingMessages.MAX_REASON) String reason) {
	}

	/** A participant reports the thread to the school administration, which may then read it. */
	@PostMapping("/threads/{threadId}/reports")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void report(@PathVariable UUID threadId, @Valid @RequestBody Reason reason) {
		moderating.report(Callers.current(), threadId, reason.reason());
	}

	@GetMapping("/schools/{schoolId}/message-reports")
	java.util.List<Moderation.Report> reports(@PathVariable UUID schoolId) {
		return moderating.reports(Callers.current(), schoolId);
	}

	@GetMapping("/schools/{schoolId}/message-audit")
	java.util.List<Moderation.AuditEntry> audit(@PathVariable UUID schoolId) {
		return moderating.audit(Callers.current(), schoolId);
	}

	record Block(@Nullable UUID personId, @Nullable @Size(max = ModeratingMessages.MAX_REASON) String reason) {
	}

	@PostMapping("/schools/{schoolId}/message-blocks")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void block(@PathVariable UUID schoolId, @Valid @RequestBody Block block) {
		moderating.block(Callers.current(), schoolId, block.personId(), block.reason());
	}

	@DeleteMapping("/schools/{schoolId}/message-blocks/{personId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unblock(@PathVariable UUID schoolId, @PathVariable UUID personId) {
		moderating.unblock(Callers.current(), schoolId, personId);
	}
}
