/**
 * Closing a school year (273-FZ art. 28, docs/adr/0039): the year's journal becomes read-only and is kept as one
 * archive per school and year, a zip of JSON files with its SHA-256.
 */
@NullMarked
package org.ejd.journal.years;

import org.jspecify.annotations.NullMarked;
