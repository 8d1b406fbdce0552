package org.ejd.consent.records.domain;

import java.time.Instant;
import java.util.UUID;

import org.ejd.consent.domain.Channel;
import org.ejd.consent.domain.FamilyMember;

/**
 * One entry of a person's consent history, never changed once written.
 *
 * @param personId whose personal data the decision is about
 * @param givenBy who decided: a guardian of the student, or the person themselves
 * @param registeredBy who registered it: the school's responsible person for paper, else givenBy
 * @param version the person's aggregate version after this record
 */
public record ConsentRecord(UUID id, UUID personId, FamilyMember.Kind personKind, UUID givenBy, Decision decision,
		String textVersion, Channel channel, UUID registeredBy, Instant recordedAt, long version) {
}
