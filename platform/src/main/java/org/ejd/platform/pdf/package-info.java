/** PDF printing support shared by the services that print (fonts). */
@NullMarked
package org.ejd.platform.pdf;

import org.jspecify.annotations.NullMarked;
