package org.ejd.contracts.journal;

import org.ejd.contracts.EventData;

/** The data of an event journal-service publishes; a {@code switch} over it names every type. */
public sealed interface JournalEvent extends EventData
		permits MarkPosted, MarkCorrected, MarkDeleted, LessonRecorded, AssessmentPlanned, AttendanceRecorded, PeriodDefined,
		GradeRecorded, StudentEnrolled, TeacherAssigned, HolidayDefined, SchoolEventPublished, RecommendationGiven,
		AveragingPolicyChanged, DeadlinePolicyChanged, MarkScalesChanged, BellScheduleSet, ClassShiftSet, AchievementRecorded,
		AchievementCorrected, AchievementWithdrawn, ClassTeacherAppointed, AbsenceNoteFiled, AbsenceNoteAccepted,
		AbsenceNoteDeclined, SchoolPassRecorded, HomeworkSubmissionChanged, SchoolYearClosed, SchoolYearReopened {
}
