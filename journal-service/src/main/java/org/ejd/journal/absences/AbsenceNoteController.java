package org.ejd.journal.absences;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ejd.journal.absences.DecidingAbsenceNote.Decision;
import org.ejd.journal.absences.FilingAbsenceNote.FileNote;
import org.ejd.platform.security.Callers;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/journal")
class AbsenceNoteController {

	private final FilingAbsenceNote filing;

	private final DecidingAbsenceNote deciding;

	private final AbsenceNoteRegister register;

	AbsenceNoteController(FilingAbsenceNote filing, DecidingAbsenceNote deciding, AbsenceNoteRegister register) {
		this.filing = filing;
		this.deciding = deciding;
		this.register = register;
	}

	/** A guardian files a planned absence or the excuse of a past one for a student they represent. */
	@PostMapping("/students/{studentId}/absence-notes")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<AbsenceNoteView> file(@PathVariable UUID studentId, @Valid @RequestBody FileNote note) {
		UUID id = filing.file(Callers.current(), studentId, note);
		return ResponseEntity.created(URI.create("/api/journal/absence-notes/" + id)).body(register.one(Callers.current(), id));
	}

	@GetMapping("/students/{studentId}/absence-notes")
	List<AbsenceNoteView> ofStudent(@PathVariable UUID studentId) {
		return register.ofStudent(Callers.current(), studentId);
	}

	@GetMapping("/class-groups/{classGroupId}/absence-notes")
	List<AbsenceNoteView> ofClassGroup(@PathVariable UUID classGroupId, @RequestParam(defaultValue = "filed") @Size(max = 32) String status) {
		return register.ofClassGroup(Callers.current(), classGroupId, status);
	}

	@GetMapping("/absence-notes/{noteId}")
	AbsenceNoteView one(@PathVariable UUID noteId) {
		return register.one(Callers.current(), noteId);
	}

	/** The note's paper: the body is the file, its type in Content-Type, its name in the {@code file} parameter. */
	@PutMapping(path = "/absence-notes/{noteId}/file", consumes = MediaType.ALL_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void attach(@PathVariable UUID noteId, @RequestParam("file") @Size(max = 255) String fileName, HttpServletRequest request) throws IOException {
		String contentType = request.getContentType();
		String type = contentType == null ? ""
				: MediaType.parseMediaType(contentType).getType() + "/" + MediaType.parseMediaType(contentType).getSubtype();
		// read one byte past the limit at most: an oversized upload is refused without filling memory
		byte[] content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, filing.maxBytes()) + 1);
		filing.attach(Callers.current(), noteId, fileName.strip(), type, content);
	}

	@GetMapping("/absence-notes/{noteId}/file")
	ResponseEntity<byte[]> download(@PathVariable UUID noteId) {
		AbsenceNotes.NoteFile file = register.file(Callers.current(), noteId);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType())).cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	/** The class teacher accepts or declines (with a reason); answers the lessons now excused. */
	@PostMapping("/absence-notes/{noteId}/decision")
	Map<String, Object> decide(@PathVariable UUID noteId, @Valid @RequestBody Decision decision) {
		List<UUID> excused = deciding.decide(Callers.current(), noteId, decision);
		return Map.of("note", register.one(Callers.current(), noteId), "excusedLessons", excused);
	}
}
