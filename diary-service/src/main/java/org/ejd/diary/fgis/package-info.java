/**
 * The FGIS «Моя школа» pull contract (issue 15, ADR 0021): {@code GET /Schedule/{esiaId}} answers a pupil's or a teacher's
 * Schedule from the diary's own read model, for registered FGIS clients; errors as a FHIR OperationOutcome.
 */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.fgis;
