package org.hengqiao.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hengqiao.search.SearchFilters;
import org.hengqiao.system.InvalidInput;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A saved search's filters are kept as the search page's URL query ({@code kind=NEED&cluster=NEW_MATERIALS…}) and
 * bound to {@link SearchFilters} exactly as {@code GET /api/v1/search} binds them, so both speak one vocabulary.
 * Parameters that are not filters ({@code q}, {@code sort}) are ignored.
 */
final class SavedSearchFilters {

	private static final DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();

	private SavedSearchFilters() {
	}

	/** @throws InvalidInput on {@code filters} if a value does not fit its filter */
	static SearchFilters parse(String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>(
				UriComponentsBuilder.newInstance().query(query).build().getQueryParams());
		Set<String> known = Set.of("kind", "field", "cluster", "mode", "trlMin", "trlMax", "stage", "region",
				"minYuan", "maxYuan", "includeNegotiable", "organisationType", "publishedFrom", "publishedTo");
		parameters.keySet().retainAll(known);
		DataBinder binder = new DataBinder(null, "filters");
		binder.setConversionService(conversions);
		binder.setTargetType(ResolvableType.forClass(SearchFilters.class));
		binder.construct(new DataBinder.ValueResolver() {
			@Override
			public Object resolveValue(String name, Class<?> type) {
				List<String> values = parameters.get(name);
				if (values == null || values.isEmpty()) {
					return null;
				}
				List<String> decoded = values.stream()
					.map(v -> org.springframework.web.util.UriUtils.decode(v, java.nio.charset.StandardCharsets.UTF_8))
					.toList();
				return decoded.size() == 1 ? decoded.getFirst() : decoded.toArray(String[]::new);
			}

			@Override
			public Set<String> getNames() {
				return parameters.keySet();
			}
		});
		if (binder.getBindingResult().hasErrors() || !(binder.getTarget() instanceof SearchFilters filters)) {
			throw InvalidInput.of("filters", "notification.subscription.filters.invalid");
		}
		return filters;
	}

}
