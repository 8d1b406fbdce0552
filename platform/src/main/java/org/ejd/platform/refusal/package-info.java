/**
 * What a use case says when it will not do what was asked: a refusal named for its meaning
 * (unknown, not allowed, invalid, against a rule, in conflict, stale...). Use cases know nothing of
 * HTTP; the web layer maps each kind to a status in one place ({@code ProblemAdvice}).
 */
@NullMarked
package org.ejd.platform.refusal;

import org.jspecify.annotations.NullMarked;
