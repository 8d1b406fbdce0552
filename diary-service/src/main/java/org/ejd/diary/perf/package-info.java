/** The performance run's bare endpoint, under the {@code perf} profile only. */
@NullMarked
package org.ejd.diary.perf;

import org.jspecify.annotations.NullMarked;
