package org.ejd.consent.family;

import java.util.Set;
import java.util.UUID;

import org.ejd.consent.domain.FamilyMember;

/** A person a caller may know, with how the caller stands to them and whether they are of full age today. */
public record Target(FamilyMember person, Set<Relation> relations, boolean adult) {

	public Target {
		relations = Set.copyOf(relations);
	}

	public UUID id() {
		return person.id();
	}

	public boolean is(Relation relation) {
		return relations.contains(relation);
	}

	public boolean minorStudent() {
		return person.isStudent() && !adult;
	}
}
