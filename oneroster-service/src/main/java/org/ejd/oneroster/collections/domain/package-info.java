/** The OneRoster query language (filter, sort, fields, paging) as plain Java. */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.collections.domain;
