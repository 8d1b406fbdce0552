/**
 * The school's reporting periods and their closing rule (J6, J11): what marks, grades and lessons
 * of a closed period need before they change.
 */
@NullMarked
package org.ejd.journal.periods;

import org.jspecify.annotations.NullMarked;
