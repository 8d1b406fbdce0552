/** The in-app feed of a person: their own messages, cursor paging, unread count. */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.feed;
