/**
 * Regional portals' own diary view (seed 001, issue 15): a connected portal reads, with client credentials, what a
 * guardian or student reads, for the users it linked (identity.account.portal-linked), within the regions it serves.
 */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.portal;
