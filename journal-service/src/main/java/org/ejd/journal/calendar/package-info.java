@org.jspecify.annotations.NullMarked
package org.ejd.journal.calendar;
