package org.ejd.diary.export;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ExportController {

	private final FamilyExport export;

	ExportController(FamilyExport export) {
		this.export = export;
	}

	/** Everything the diary holds about the student and the caller's reads of it (152-FZ art. 14), as JSON. */
	@GetMapping(path = "/api/diary/students/{studentId}/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<FamilyExport.Export> export(@PathVariable UUID studentId) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(export.of(studentId));
	}

	/** Its PDF summary, with the recipients of the data. */
	@GetMapping(path = "/api/diary/students/{studentId}/export", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID studentId) {
		FamilyExport.Export data = export.of(studentId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
			.header("Content-Disposition", ContentDisposition.attachment().filename("export-" + data.madeOn() + ".pdf").build().toString())
			.body(ExportPdf.write(data));
	}
}
