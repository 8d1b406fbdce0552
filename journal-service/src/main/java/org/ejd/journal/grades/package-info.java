/**
 * The marks that sum a reporting period up (J6, J7): period, year, exam and final marks, their
 * deferrals, and the class summary sheet. Built on reporting periods and on what a mark is.
 */
@NullMarked
package org.ejd.journal.grades;

import org.jspecify.annotations.NullMarked;
