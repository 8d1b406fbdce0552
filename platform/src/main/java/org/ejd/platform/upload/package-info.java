/** What a file a person uploads must be, written once for every service that takes files. */
@NullMarked
package org.ejd.platform.upload;

import org.jspecify.annotations.NullMarked;
