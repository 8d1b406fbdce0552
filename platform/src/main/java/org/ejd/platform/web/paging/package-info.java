/** Cursor paging of lists, written once: a capped {@code limit}, an opaque {@code cursor}, the {@code next} link. */
@org.jspecify.annotations.NullMarked
package org.ejd.platform.web.paging;
