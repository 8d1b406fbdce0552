/**
 * Who may do what in a school by the roles it gives its staff, written once for every feature: the
 * lowest feature package, so that any other may use it.
 */
@NullMarked
package org.ejd.journal.access;

import org.jspecify.annotations.NullMarked;
