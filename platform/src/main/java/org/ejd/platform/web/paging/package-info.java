/** Cursor paging of lists, written once: a {@code limit} from 1 to the list's cap (beyond it: 400, ADR 0057), an opaque {@code cursor}, the {@code next} link. */
@org.jspecify.annotations.NullMarked
package org.ejd.platform.web.paging;
