/** Cross-cutting kafka support. */
@NullMarked
package org.ejd.platform.kafka;

import org.jspecify.annotations.NullMarked;
