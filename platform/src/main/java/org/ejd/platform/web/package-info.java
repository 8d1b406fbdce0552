/** Cross-cutting web support. */
@NullMarked
package org.ejd.platform.web;

import org.jspecify.annotations.NullMarked;
