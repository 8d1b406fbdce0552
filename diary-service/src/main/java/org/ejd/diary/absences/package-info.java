/** A family's absence notes as the journal decides them: what was asked, and accepted or declined with the reason. */
@NullMarked
package org.ejd.diary.absences;

import org.jspecify.annotations.NullMarked;
