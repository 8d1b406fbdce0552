package org.ejd.diary.status;

import java.time.Instant;

/**
 * What front-ends show about planned work: the text in Russian and English and when the work starts and ends.
 * Shown from the moment it is set until {@code until}, so that families are told in advance.
 */
record MaintenanceNotice(String messageRu, String messageEn, Instant from, Instant until) {
}
