/** Absence notes: a guardian's planned absence or excuse of a past one, decided by the class teacher; accepted, absences become excused. */
@org.jspecify.annotations.NullMarked
package org.ejd.journal.absences;
