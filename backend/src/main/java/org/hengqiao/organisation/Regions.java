package org.hengqiao.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The administrative divisions the platform knows: Hunan's prefectures and Hengyang's districts and counties. */
@Component
public class Regions {

	/** Hengyang city; its districts and counties are the units of the city's supply-and-demand map. */
	public static final String HENGYANG = "430400";

	private final List<Region> all;

	Regions(JdbcClient jdbc) {
		// A small, fixed table seeded by migration: read once.
		this.all = jdbc.sql("select code, parent_code, level, name_zh, name_en from region order by code")
			.query(Region.class)
			.list();
	}

	public List<Region> all() {
		return this.all;
	}

	public Optional<Region> find(String code) {
		return this.all.stream().filter(region -> region.code().equals(code)).findFirst();
	}

	/** Whether the code is the region itself or lies within it (e.g. 430421 within 430400). */
	public boolean within(String code, String ancestor) {
		Optional<Region> region = find(code);
		while (region.isPresent()) {
			if (region.get().code().equals(ancestor)) {
				return true;
			}
			String parent = region.get().parentCode();
			region = parent == null ? Optional.empty() : find(parent);
		}
		return false;
	}

}
