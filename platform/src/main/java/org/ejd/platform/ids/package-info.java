/**
 * New ids of the rows a region has millions of (ADR 0115).
 */
@NullMarked
package org.ejd.platform.ids;

import org.jspecify.annotations.NullMarked;
