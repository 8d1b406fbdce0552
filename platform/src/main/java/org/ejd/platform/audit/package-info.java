/** Cross-cutting audit support. */
@NullMarked
package org.ejd.platform.audit;

import org.jspecify.annotations.NullMarked;
