/** OneRoster collection reads: paging, filter, sort and field selection over the projection, limited to a client's schools. */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.collections;
