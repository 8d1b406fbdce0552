/** Email over SMTP: Thymeleaf templates, HTML and text, Russian first (N1). */
@org.jspecify.annotations.NullMarked
package org.ejd.notification.email;
