/** The data of the events diary-service publishes. */
@org.jspecify.annotations.NullMarked
package org.ejd.contracts.diary;
