package org.hengqiao.catalogue;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Catalogue", description = "Technical fields, industry clusters, regions and industry sections, named in the caller's language")
class FieldCatalogueController {

	private final TechnicalFields fields;

	FieldCatalogueController(TechnicalFields fields) {
		this.fields = fields;
	}

	@GetMapping("/fields")
	@Operation(summary = "The technical field taxonomy as a tree, named in the caller's language")
	List<FieldNode> fields(Locale locale) {
		return this.fields.firstLevel()
			.stream()
			.map(parent -> new FieldNode(parent.code(), parent.name(locale),
					this.fields.childrenOf(parent.code())
						.stream()
						.map(child -> new FieldNode(child.code(), child.name(locale), List.of()))
						.toList()))
			.toList();
	}

	record FieldNode(String code, String name, List<FieldNode> children) {
	}

}
