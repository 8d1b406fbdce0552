/** The schools' bell schedules (D3) as the diary shows the times of lessons. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.regime;
