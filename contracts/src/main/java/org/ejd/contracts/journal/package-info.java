/** What journal-service publishes on {@code journal.*.v1}: marks, lessons, attendance, periods, calendar, enrolments, teaching, policies. */
@NullMarked
package org.ejd.contracts.journal;

import org.jspecify.annotations.NullMarked;
