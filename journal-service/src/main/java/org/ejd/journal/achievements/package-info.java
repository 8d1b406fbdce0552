/** Students' achievements (J12): awards, commendations, olympiad and competition results, recorded, corrected and withdrawn by the school's staff with their history. */
@org.jspecify.annotations.NullMarked
package org.ejd.journal.achievements;
