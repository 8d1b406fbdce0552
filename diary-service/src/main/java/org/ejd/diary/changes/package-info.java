/**
 * The change feed (I1, docs/adr/0027): per resource family an opaque cursor, a consistent starting snapshot, then every
 * change after it in one stable order, deletions as tombstones, scoped to what the caller may read; and the webhooks that
 * tell a registered app there is something new to pull.
 */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.changes;
