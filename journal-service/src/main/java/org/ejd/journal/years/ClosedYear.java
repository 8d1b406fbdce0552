package org.ejd.journal.years;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A school's closed year: the days it spans (its periods'), who closed it, and its archive's size and SHA-256 (hex). */
public record ClosedYear(UUID schoolId, String academicYear, LocalDate firstDay, LocalDate lastDay, Instant closedAt,
		UUID closedBy, long archiveBytes, String archiveSha256) {
}
