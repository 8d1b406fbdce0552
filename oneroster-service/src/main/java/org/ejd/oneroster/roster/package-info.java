/** The facade's own copy of schools, people, classes, periods and marks, fed by identity's and journal's events. */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.roster;
