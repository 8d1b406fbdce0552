package org.ejd.oneroster.access;

/** The OneRoster 1.2 OAuth2 scopes this facade serves (specification §4 of the REST binding). */
public final class OneRosterScope {

	public static final String PREFIX = "https://purl.imsglobal.org/spec/or/v1p2/scope/";

	public static final String ROSTER_READ = PREFIX + "roster.readonly";

	public static final String ROSTER_CORE_READ = PREFIX + "roster-core.readonly";

	public static final String GRADEBOOK_READ = PREFIX + "gradebook.readonly";

	public static final String GRADEBOOK_WRITE = PREFIX + "gradebook.createput";

	public static final String GRADEBOOK_DELETE = PREFIX + "gradebook.delete";

	private OneRosterScope() {
	}
}
