/** Cross-cutting security support. */
@NullMarked
package org.ejd.platform.security;

import org.jspecify.annotations.NullMarked;
