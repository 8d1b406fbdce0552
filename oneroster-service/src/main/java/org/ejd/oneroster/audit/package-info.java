/**
 * Who read a student's data through OneRoster (152-FZ): every read is kept by platform's audit in oneroster's own
 * {@code read_audit} table; this feature lists them for the school's admin and the region operator of its region.
 */
@NullMarked
package org.ejd.oneroster.audit;

import org.jspecify.annotations.NullMarked;
