/**
 * A school year's archive state (273-FZ art. 28, docs/adr/0054): closed into the journal's read-only archive, or reopened
 * by the region, as journal.school-year.closed/reopened tell it; the week and the period and final marks show it.
 */
@NullMarked
package org.ejd.diary.years;

import org.jspecify.annotations.NullMarked;
