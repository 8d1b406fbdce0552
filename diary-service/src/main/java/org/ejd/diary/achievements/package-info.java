/** A student's achievements (J12) as their family sees them: awards, commendations, olympiad and competition results, fed by the journal. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.achievements;
