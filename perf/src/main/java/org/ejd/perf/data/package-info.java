/** The region-scale data of the performance run (issue 13, P5): written straight into the services' own databases. */
@org.jspecify.annotations.NullMarked
package org.ejd.perf.data;
