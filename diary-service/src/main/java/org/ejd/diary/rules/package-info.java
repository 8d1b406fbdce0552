/** The school's rules families may read (J13): deadlines, mark scales, averaging weights, forecast rounding. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.rules;
