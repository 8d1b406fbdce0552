/** The family's copy of everything the diary holds about a student (152-FZ art. 14), as JSON and a PDF summary. */
@org.jspecify.annotations.NullMarked
package org.ejd.diary.export;
