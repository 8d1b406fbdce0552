/** Statements (выписка, D11): one student's diary for a span as JSON or a printable PDF, and the weekly paper batch. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.statements;
