/** How fresh the read model is: event → visible delay and consumer lag per topic. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.status;
