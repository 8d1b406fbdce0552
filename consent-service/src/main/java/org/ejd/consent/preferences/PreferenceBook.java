package org.ejd.consent.preferences;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.ejd.platform.time.BusinessClock;
import org.ejd.consent.ConsentProperties;
import org.ejd.consent.PersonVersions;
import org.ejd.consent.contacts.Contacts;
import org.ejd.consent.contacts.domain.ContactChannel;
import org.ejd.consent.delivery.DeliveryFormRecords;
import org.ejd.consent.delivery.domain.DeliveryForm;
import org.ejd.consent.family.PersonAccess;
import org.ejd.consent.family.Relation;
import org.ejd.consent.family.Target;
import org.ejd.consent.preferences.domain.InformationKind;
import org.ejd.consent.preferences.domain.NotificationChannel;
import org.ejd.consent.preferences.domain.Preferences;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notification preferences (N2) of a recipient about a student: a guardian about each represented
 * student, a student about themselves. Email and SMS may be chosen only with the electronic form
 * and a verified contact of that channel; consumers check both again when they send.
 */
@Service
public class PreferenceBook {

	private final PersonAccess access;

	private final PreferenceStore store;

	private final DeliveryFormRecords deliveryForms;

	private final Contacts contacts;

	private final PersonVersions versions;

	private final ApplicationEventPublisher events;

	private final ConsentProperties properties;

	private final Clock clock;

	private final PersonalDataAudit audit;

	PreferenceBook(PersonAccess access, PreferenceStore store, DeliveryFormRecords deliveryForms, Contacts contacts,
			PersonVersions versions, ApplicationEventPublisher events, ConsentProperties properties, @BusinessClock Clock clock,
			PersonalDataAudit audit) {
		this.access = access;
		this.store = store;
		this.deliveryForms = deliveryForms;
		this.contacts = contacts;
		this.versions = versions;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public PreferenceStore.Stored of(Caller caller, UUID personId, UUID studentId) {
		concerned(caller, personId, studentId);
		// the recipient's settings about the student: both people's data
		audit.readAll(caller, java.util.List.of(personId, studentId), "preferences");
		return store.find(personId, studentId)
			.orElseGet(() -> new PreferenceStore.Stored(Preferences.defaults(properties.timeZone()), null));
	}

	@Transactional
	public PreferenceStore.Stored change(Caller caller, UUID personId, UUID studentId, Preferences wanted) {
		Target student = concerned(caller, personId, studentId);
		for (NotificationChannel channel : wanted.channels()) {
			if (channel.leavesTheDiary()) {
				requireReachable(personId, channel);
			}
		}
		long version = versions.next(personId);
		Instant now = clock.instant();
		store.save(personId, studentId, wanted, now, version);
		events.publishEvent(PreferencesChanged.of(personId, studentId, wanted, now, version, student.person().schoolId()));
		return new PreferenceStore.Stored(wanted, now);
	}

	/**
	 * The recipient unsubscribed with one click from a kind of information on a channel (notification-service's
	 * {@code notification.unsubscribed}): the channel leaves that kind's setting, everything else stays.
	 * Nothing to do when it is not there (already off, or a repeated event).
	 */
	@Transactional
	public void unsubscribed(UUID personId, UUID studentId, InformationKind kind, NotificationChannel channel) {
		Preferences current = store.find(personId, studentId).map(PreferenceStore.Stored::preferences)
			.orElseGet(() -> Preferences.defaults(properties.timeZone()));
		Preferences.Setting setting = current.kinds().get(kind);
		if (!setting.channels().contains(channel)) {
			return;
		}
		java.util.Set<NotificationChannel> left = java.util.EnumSet.noneOf(NotificationChannel.class);
		left.addAll(setting.channels());
		left.remove(channel);
		java.util.Map<InformationKind, Preferences.Setting> kinds = new java.util.EnumMap<>(current.kinds());
		kinds.put(kind, new Preferences.Setting(left, setting.delivery()));
		Preferences wanted = new Preferences(kinds, current.quietHours(), current.timeZone(), current.weeklyOn(), current.language());
		long version = versions.next(personId);
		Instant now = clock.instant();
		store.save(personId, studentId, wanted, now, version);
		events.publishEvent(PreferencesChanged.of(personId, studentId, wanted, now, version, null));
	}

	/** The recipient is the caller; the student is the caller themself or one they represent today. */
	private Target concerned(Caller caller, UUID personId, UUID studentId) {
		PersonAccess.requireRole(caller, Role.GUARDIAN, Role.STUDENT);
		Target recipient = access.target(caller, personId);
		if (!recipient.is(Relation.SELF)) {
			throw recipient.is(Relation.GUARDIAN_OF) ? Refusal.notAllowed("consent.own-only")
					: Refusal.unknown("consent.person.not-found");
		}
		if (recipient.person().isStudent() && personId.equals(studentId)) {
			return recipient;
		}
		if (!recipient.person().isStudent() && access.represents(personId, studentId)) {
			return access.target(caller, studentId);
		}
		throw Refusal.unknown("consent.student.not-found");
	}

	private void requireReachable(UUID personId, NotificationChannel channel) {
		if (deliveryForms.formOf(personId) == DeliveryForm.PAPER) {
			throw Refusal.againstRule("consent.preferences.paper-form");
		}
		ContactChannel contact = channel == NotificationChannel.EMAIL ? ContactChannel.EMAIL : ContactChannel.SMS;
		if (!contacts.hasVerified(personId, contact)) {
			throw Refusal.againstRule(contact == ContactChannel.EMAIL ? "consent.preferences.no-verified-email"
					: "consent.preferences.no-verified-mobile");
		}
	}
}
