package org.ejd.journal.lessons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Callers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class HomeworkAttachmentController {

	private final HomeworkAttachments attachments;

	HomeworkAttachmentController(HomeworkAttachments attachments) {
		this.attachments = attachments;
	}

	/** A homework file: the body is the file, its type in Content-Type, its name in the {@code file} parameter. */
	@PostMapping(path = "/lessons/{id}/attachments", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> attach(@PathVariable UUID id, @RequestParam("file") @Size(min = 1, max = 200) String fileName,
			HttpServletRequest request) throws IOException {
		String contentType = request.getContentType();
		String type = contentType == null ? ""
				: MediaType.parseMediaType(contentType).getType() + "/" + MediaType.parseMediaType(contentType).getSubtype();
		// read one byte past the limit at most: an oversized upload is refused without filling memory
		byte[] content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, attachments.maxBytes()) + 1);
		return Map.of("id", attachments.attach(Callers.current(), id, fileName.strip(), type, content));
	}

	/** Download by the signed link the diary shows (no token: homework material, link valid for a while). */
	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID attachmentId, @RequestParam long expires,
			@RequestParam @Size(max = 64) String signature) {
		HomeworkAttachments.Download file = attachments.download(attachmentId, expires, signature)
			.orElseThrow(() -> Refusal.unknown("journal.attachment.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}
}
