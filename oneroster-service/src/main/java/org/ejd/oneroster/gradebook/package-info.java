/** OneRoster 1.2 Gradebook service: categories, lineItems, results, scoreScales. */
@org.jspecify.annotations.NullMarked
package org.ejd.oneroster.gradebook;
