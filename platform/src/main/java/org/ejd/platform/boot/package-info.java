/** Service bootstrapping shared by every eJD service. */
@NullMarked
package org.ejd.platform.boot;

import org.jspecify.annotations.NullMarked;
