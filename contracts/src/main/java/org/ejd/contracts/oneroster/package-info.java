/** The data of the events oneroster-service publishes. */
@org.jspecify.annotations.NullMarked
package org.ejd.contracts.oneroster;
