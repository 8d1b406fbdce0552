/** Cross-cutting events support. */
@NullMarked
package org.ejd.platform.events;

import org.jspecify.annotations.NullMarked;
