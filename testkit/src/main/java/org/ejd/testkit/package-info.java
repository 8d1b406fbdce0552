/** Real servers for tests and the local stack, without Docker. */
@NullMarked
package org.ejd.testkit;

import org.jspecify.annotations.NullMarked;
