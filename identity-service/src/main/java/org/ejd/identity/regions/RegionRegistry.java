package org.ejd.identity.regions;

import java.util.List;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.platform.security.Caller;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions, for anyone signed in, and their municipalities: a region operator registers those
 * of its own regions. No event: no other service needs municipalities beyond the name a school's
 * event carries.
 */
@Service
public class RegionRegistry {

	private final Regions regions;

	private final Municipalities municipalities;

	RegionRegistry(Regions regions, Municipalities municipalities) {
		this.regions = regions;
		this.municipalities = municipalities;
	}

	@Transactional(readOnly = true)
	public List<Region> regions() {
		return regions.all();
	}

	@Transactional(readOnly = true)
	public Region region(String code) {
		return regions.find(code).orElseThrow(() -> Refusal.unknown("identity.region.not-found", code));
	}

	/** Regions are public reference data: an unknown one is 404 before the caller's region is checked. */
	@Transactional
	public Municipality registerMunicipality(Caller caller, String regionCode, String name, @Nullable String oktmoText) {
		SchoolAccess.requireRegionOperator(caller);
		Region region = region(regionCode);
		SchoolAccess.requireOperatorOf(caller, region.code());
		String oktmo = null;
		if (oktmoText != null && !oktmoText.isBlank()) {
			try {
				oktmo = Oktmo.parse(oktmoText).digits();
			}
			catch (IllegalArgumentException ex) {
				throw Refusal.invalid("identity.municipality.bad-oktmo", oktmoText);
			}
		}
		String stripped = name.strip();
		if (municipalities.nameTaken(region.code(), stripped)) {
			throw Refusal.conflict("identity.municipality.exists", stripped);
		}
		if (oktmo != null && municipalities.oktmoTaken(oktmo)) {
			throw Refusal.conflict("identity.municipality.oktmo-taken", oktmo);
		}
		Municipality municipality = new Municipality(UUID.randomUUID(), region.code(), stripped, oktmo, 1);
		try {
			municipalities.insert(municipality);
		}
		catch (DuplicateKeyException ex) {
			// registered at the same moment by someone else
			throw Refusal.conflict("identity.municipality.exists", stripped);
		}
		return municipality;
	}

	@Transactional(readOnly = true)
	public List<Municipality> municipalities(String regionCode) {
		return municipalities.ofRegion(region(regionCode).code());
	}

	@Transactional(readOnly = true)
	public Municipality municipality(String regionCode, UUID id) {
		return municipalities.find(id).filter(m -> m.regionCode().equals(regionCode))
			.orElseThrow(() -> Refusal.unknown("identity.municipality.not-found"));
	}
}
