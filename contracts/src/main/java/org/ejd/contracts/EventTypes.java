package org.ejd.contracts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ejd.contracts.consent.ConsentRecorded;
import org.ejd.contracts.consent.ContactVerificationRequested;
import org.ejd.contracts.consent.ContactVerified;
import org.ejd.contracts.consent.DeliveryFormChanged;
import org.ejd.contracts.consent.PreferencesChanged;
import org.ejd.contracts.diary.ComplaintAnswered;
import org.ejd.contracts.diary.ComplaintFiled;
import org.ejd.contracts.diary.ForecastPublished;
import org.ejd.contracts.identity.AccountLocked;
import org.ejd.contracts.identity.AppRegistered;
import org.ejd.contracts.identity.AppResumed;
import org.ejd.contracts.identity.AppSuspended;
import org.ejd.contracts.identity.AccountOpened;
import org.ejd.contracts.identity.AccountPasswordReset;
import org.ejd.contracts.identity.AccountPortalLinked;
import org.ejd.contracts.identity.AccountPortalUnlinked;
import org.ejd.contracts.identity.AccountRevoked;
import org.ejd.contracts.identity.AccountUnlocked;
import org.ejd.contracts.identity.ApplicationCodeIssued;
import org.ejd.contracts.identity.EsiaIdRecorded;
import org.ejd.contracts.identity.ApplicationContactsGiven;
import org.ejd.contracts.identity.ApplicationOverdue;
import org.ejd.contracts.identity.ApplicationOverdueSoon;
import org.ejd.contracts.identity.ApplicationReceived;
import org.ejd.contracts.identity.ApplicationRefused;
import org.ejd.contracts.identity.GuardianRegistered;
import org.ejd.contracts.identity.RepresentationEnded;
import org.ejd.contracts.identity.RepresentationEstablished;
import org.ejd.contracts.identity.SchoolRegistered;
import org.ejd.contracts.identity.StaffAppointed;
import org.ejd.contracts.identity.StudentLeft;
import org.ejd.contracts.identity.StudentRegistered;
import org.ejd.contracts.journal.AbsenceNoteAccepted;
import org.ejd.contracts.journal.AbsenceNoteDeclined;
import org.ejd.contracts.journal.AbsenceNoteFiled;
import org.ejd.contracts.journal.AchievementCorrected;
import org.ejd.contracts.journal.AchievementRecorded;
import org.ejd.contracts.journal.AchievementWithdrawn;
import org.ejd.contracts.journal.AssessmentPlanned;
import org.ejd.contracts.journal.AttendanceRecorded;
import org.ejd.contracts.journal.AveragingPolicyChanged;
import org.ejd.contracts.journal.DeadlinePolicyChanged;
import org.ejd.contracts.journal.BellScheduleSet;
import org.ejd.contracts.journal.ClassShiftSet;
import org.ejd.contracts.journal.ClassTeacherAppointed;
import org.ejd.contracts.journal.GradeRecorded;
import org.ejd.contracts.journal.HomeworkSubmissionChanged;
import org.ejd.contracts.journal.HolidayDefined;
import org.ejd.contracts.journal.LessonRecorded;
import org.ejd.contracts.journal.MarkCorrected;
import org.ejd.contracts.journal.MarkDeleted;
import org.ejd.contracts.journal.MarkPosted;
import org.ejd.contracts.journal.MarkScalesChanged;
import org.ejd.contracts.journal.PeriodDefined;
import org.ejd.contracts.journal.RecommendationGiven;
import org.ejd.contracts.journal.SchoolEventPublished;
import org.ejd.contracts.journal.SchoolPassRecorded;
import org.ejd.contracts.journal.SchoolYearClosed;
import org.ejd.contracts.journal.SchoolYearReopened;
import org.ejd.contracts.journal.StudentEnrolled;
import org.ejd.contracts.journal.TeacherAssigned;
import org.ejd.contracts.notification.ContactBounced;
import org.ejd.contracts.notification.Unsubscribed;
import org.ejd.contracts.oneroster.ResultSubmitted;
import org.ejd.contracts.oneroster.ResultWithdrawn;

/**
 * Which record reads the {@code data} of which CloudEvents type: a consumer reads the envelope, looks
 * the type up here and converts {@code data} into that record once, instead of picking fields by name.
 */
public final class EventTypes {

	private static final List<Class<? extends EventData>> RECORDS = List.of(
			SchoolRegistered.class, StudentRegistered.class, GuardianRegistered.class, StudentLeft.class, EsiaIdRecorded.class, StaffAppointed.class,
			RepresentationEstablished.class, RepresentationEnded.class, AccountOpened.class, AccountLocked.class,
			AccountUnlocked.class, AccountRevoked.class, AccountPasswordReset.class, AccountPortalLinked.class,
			AccountPortalUnlinked.class, ApplicationReceived.class, ApplicationContactsGiven.class, ApplicationCodeIssued.class, ApplicationRefused.class,
			ApplicationOverdueSoon.class, ApplicationOverdue.class, AppRegistered.class, AppSuspended.class, AppResumed.class,
			MarkPosted.class, MarkCorrected.class, MarkDeleted.class, LessonRecorded.class, AssessmentPlanned.class,
			AttendanceRecorded.class, PeriodDefined.class, GradeRecorded.class, SchoolYearClosed.class, SchoolYearReopened.class, StudentEnrolled.class, TeacherAssigned.class,
			HolidayDefined.class, SchoolEventPublished.class, RecommendationGiven.class, AveragingPolicyChanged.class, DeadlinePolicyChanged.class, MarkScalesChanged.class,
			BellScheduleSet.class, ClassShiftSet.class, AchievementRecorded.class, AchievementCorrected.class, AchievementWithdrawn.class,
			ClassTeacherAppointed.class, AbsenceNoteFiled.class, AbsenceNoteAccepted.class, AbsenceNoteDeclined.class, SchoolPassRecorded.class,
			HomeworkSubmissionChanged.class,
			ConsentRecorded.class, DeliveryFormChanged.class, ContactVerificationRequested.class, ContactVerified.class,
			PreferencesChanged.class,
			ForecastPublished.class, ComplaintFiled.class, ComplaintAnswered.class,
			ContactBounced.class, Unsubscribed.class,
			ResultSubmitted.class, ResultWithdrawn.class);

	private static final Map<String, Class<? extends EventData>> BY_TYPE = byType();

	private EventTypes() {
	}

	/** The record of the event type, or empty for a type this build does not know (a tolerant reader skips it). */
	public static Optional<Class<? extends EventData>> dataOf(String type) {
		return Optional.ofNullable(BY_TYPE.get(type));
	}

	/** Every known CloudEvents type, grouped by producer. */
	public static Set<String> types() {
		return BY_TYPE.keySet();
	}

	private static Map<String, Class<? extends EventData>> byType() {
		Map<String, Class<? extends EventData>> byType = new LinkedHashMap<>();
		for (Class<? extends EventData> record : RECORDS) {
			if (byType.put(constant(record, "TYPE"), record) != null) {
				throw new IllegalStateException("two records for " + constant(record, "TYPE"));
			}
		}
		return Collections.unmodifiableMap(byType);
	}

	private static String constant(Class<? extends EventData> record, String name) {
		try {
			return (String) record.getField(name).get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(record.getName() + " has no public " + name + " constant", ex);
		}
	}
}
