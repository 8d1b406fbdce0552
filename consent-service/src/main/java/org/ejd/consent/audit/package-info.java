/** Who read whose consent data, when and through which client (platform's read_audit), for the school and the region. */
@org.jspecify.annotations.NullMarked
package org.ejd.consent.audit;
