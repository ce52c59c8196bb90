package org.hengqiao.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Catalogue", description = "Administrative regions and industry sections, named in the caller's language")
@RestController
class CatalogueController {

	private final Regions regions;

	CatalogueController(Regions regions) {
		this.regions = regions;
	}

	@Operation(summary = "Regions: all, the direct children of ?parent=, or everything within ?within= (e.g. 430400)")
	@GetMapping("/api/v1/regions")
	List<RegionView> regions(@RequestParam(required = false) @Nullable String parent,
			@RequestParam(required = false) @Nullable String within, Locale locale) {
		return this.regions.all()
			.stream()
			.filter(region -> parent == null || parent.equals(region.parentCode()))
			.filter(region -> within == null
					|| (!region.code().equals(within) && this.regions.within(region.code(), within)))
			.map(region -> new RegionView(region.code(), region.parentCode(), region.level(), region.name(locale)))
			.toList();
	}

	@Operation(summary = "The sections A–T of GB/T 4754-2017")
	@GetMapping("/api/v1/catalogue/industries")
	List<IndustryView> industries(Locale locale) {
		return Arrays.stream(IndustrySection.values())
			.map(section -> new IndustryView(section.name(), section.displayName(locale)))
			.toList();
	}

	record RegionView(String code, @Nullable String parentCode, String level, String name) {
	}

	record IndustryView(String code, String name) {
	}

}
