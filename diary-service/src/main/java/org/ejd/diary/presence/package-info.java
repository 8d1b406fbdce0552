/** Presence at school (D14): when a student arrived at school and left it, day by day, from the school's access-control passes. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.presence;
