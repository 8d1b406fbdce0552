/**
 * Time as the school lives it: one injectable clock and the school's own zone for every "today"
 * and every deadline (ARCHITECTURE.md, conventions).
 */
@NullMarked
package org.ejd.platform.time;

import org.jspecify.annotations.NullMarked;
