package org.ejd.diary.statements;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ejd.platform.security.Callers;
import org.ejd.platform.web.paging.PageRequest;
import org.ejd.platform.web.paging.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaperBatchController {

	private final PaperBatches batches;

	PaperBatchController(PaperBatches batches) {
		this.batches = batches;
	}

	/** The school's weekly paper batches, newest first (school admin of that school only). */
	@GetMapping("/api/diary/schools/{schoolId}/paper-batches")
	ResponseEntity<PaperBatches.Page> list(@PathVariable UUID schoolId, @RequestParam(required = false) @Size(max = 512) @Nullable String cursor,
			@RequestParam(defaultValue = "20")
			@Parameter(description = PageRequest.LIMIT_TEXT, schema = @Schema(type = "integer", format = "int32", minimum = "1",
					maximum = "" + PaperBatches.MAX_LIMIT, defaultValue = "20")) int limit) {
		PaperBatches.Page page = batches.list(Callers.current(), schoolId, cursor, limit);
		return Paging.answer(page, page.nextCursor(), limit);
	}

	/** The batch's register: whose statement is on which page, for whom, and whether it was handed over. */
	@GetMapping(path = "/api/diary/schools/{schoolId}/paper-batches/{batchId}", produces = MediaType.APPLICATION_JSON_VALUE)
	PaperBatches.Register register(@PathVariable UUID schoolId, @PathVariable UUID batchId) {
		return batches.register(Callers.current(), schoolId, batchId);
	}

	/** The printable PDF: a statement per family, each on its own page. */
	@GetMapping(path = "/api/diary/schools/{schoolId}/paper-batches/{batchId}", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable UUID schoolId, @PathVariable UUID batchId) {
		byte[] pdf = batches.pdf(Callers.current(), schoolId, batchId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
			.header("Content-Disposition", ContentDisposition.attachment().filename("paper-batch-" + batchId + ".pdf").build().toString())
			.body(pdf);
	}

	/** Marks a family's statement as handed over to the recipient. */
	@PostMapping("/api/diary/schools/{schoolId}/paper-batches/{batchId}/handovers")
	PaperBatches.Item handOver(@PathVariable UUID schoolId, @PathVariable UUID batchId, @Valid @RequestBody Handover handover) {
		return batches.handOver(Callers.current(), schoolId, batchId, handover.studentId(), handover.recipientId());
	}

	/** Prints the batch's week again from today's data. */
	@PostMapping("/api/diary/schools/{schoolId}/paper-batches/{batchId}/reprints")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<PaperBatches.Batch> reprint(@PathVariable UUID schoolId, @PathVariable UUID batchId) {
		return ResponseEntity.status(HttpStatus.CREATED).body(batches.reprint(Callers.current(), schoolId, batchId));
	}

	record Handover(@NotNull UUID studentId, @NotNull UUID recipientId) {
	}
}
