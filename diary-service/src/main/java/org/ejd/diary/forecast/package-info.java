/** The forecast of the period mark (D8) and the family's what-if, never stored. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.forecast;
