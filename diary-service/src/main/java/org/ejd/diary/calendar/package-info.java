@org.jspecify.annotations.NullMarked
package org.ejd.diary.calendar;
