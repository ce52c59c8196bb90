package org.hengqiao.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hengqiao.matching.Criterion.Name;
import org.hengqiao.matching.Criterion.Status;
import org.hengqiao.organisation.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Structured compatibility of a need and a result. Each criterion is met, conflicting or unknown (one side does not
 * say); a conflict multiplies the relevance by a factor below one, so an incompatible pair sinks in the list but is
 * still shown with the reason. Unknown never penalises: most postings leave something open.
 */
@Component
class Compatibility {

	/** How much a conflict on each criterion costs. Modes and money decide whether a deal is possible at all. */
	static final Map<Name, Double> CONFLICT_FACTOR = Map.of(Name.COOPERATION_MODE, 0.6, Name.PRICE_BUDGET, 0.7,
			Name.MATURITY, 0.75, Name.TECHNICAL_FIELD, 0.85, Name.INDUSTRY_CLUSTER, 0.9, Name.REGION, 1.0);

	/** A partner in the same city is easier to work with: a small lift, never a penalty for distance. */
	static final double SAME_CITY_FACTOR = 1.05;

	private static final List<String> STAGES = List.of("LABORATORY", "PILOT", "INDUSTRIALISED");

	private final Regions regions;

	Compatibility(Regions regions) {
		this.regions = regions;
	}

	List<Criterion> evaluate(MatchProfile need, MatchProfile result) {
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(overlap(Name.COOPERATION_MODE, need.modes(), result.modes()));
		criteria.add(overlap(Name.INDUSTRY_CLUSTER, need.clusters(), result.clusters()));
		criteria.add(field(need, result));
		criteria.add(maturity(need, result));
		criteria.add(price(need, result));
		criteria.add(region(need.regionCode(), result.regionCode()));
		return criteria;
	}

	static double factor(List<Criterion> criteria) {
		return criteria.stream().mapToDouble(Criterion::factor).reduce(1.0, (a, b) -> a * b);
	}

	private static Criterion overlap(Name name, @Nullable Set<? extends Enum<?>> need,
			@Nullable Set<? extends Enum<?>> result) {
		String needValue = names(need);
		String resultValue = names(result);
		if (need == null || need.isEmpty() || result == null || result.isEmpty()) {
			return new Criterion(name, Status.UNKNOWN, needValue, resultValue, 1.0);
		}
		boolean shared = need.stream().anyMatch(result::contains);
		return shared ? new Criterion(name, Status.MET, needValue, resultValue, 1.0)
				: conflict(name, needValue, resultValue);
	}

	private static Criterion field(MatchProfile need, MatchProfile result) {
		if (need.fieldCode() == null || result.fieldCode() == null) {
			return new Criterion(Name.TECHNICAL_FIELD, Status.UNKNOWN, need.fieldCode(), result.fieldCode(), 1.0);
		}
		boolean same = need.fieldCode().equals(result.fieldCode()) || (need.fieldParentCode() != null
				&& need.fieldParentCode().equals(result.fieldParentCode()));
		return same ? new Criterion(Name.TECHNICAL_FIELD, Status.MET, need.fieldCode(), result.fieldCode(), 1.0)
				: conflict(Name.TECHNICAL_FIELD, need.fieldCode(), result.fieldCode());
	}

	/** The result must be at least as mature as the need asks: by TRL when both give one, else by stage. */
	private static Criterion maturity(MatchProfile need, MatchProfile result) {
		if (need.trl() != null && result.trl() != null) {
			String asked = "TRL " + need.trl();
			String offered = "TRL " + result.trl();
			return result.trl() >= need.trl() ? new Criterion(Name.MATURITY, Status.MET, asked, offered, 1.0)
					: conflict(Name.MATURITY, asked, offered);
		}
		int asked = need.stage() == null ? -1 : STAGES.indexOf(need.stage());
		int offered = result.stage() == null ? -1 : STAGES.indexOf(result.stage());
		if (asked < 0 || offered < 0) {
			return new Criterion(Name.MATURITY, Status.UNKNOWN, need.stage(), result.stage(), 1.0);
		}
		return offered >= asked ? new Criterion(Name.MATURITY, Status.MET, need.stage(), result.stage(), 1.0)
				: conflict(Name.MATURITY, need.stage(), result.stage());
	}

	/** The result's lowest price must fit under the need's highest budget; negotiable on either side is open. */
	private static Criterion price(MatchProfile need, MatchProfile result) {
		String budget = range(need);
		String price = range(result);
		Long budgetTop = need.maxYuan() != null ? need.maxYuan() : need.minYuan();
		Long priceBottom = result.minYuan() != null ? result.minYuan() : result.maxYuan();
		if (need.negotiable() || result.negotiable() || budgetTop == null || priceBottom == null) {
			return new Criterion(Name.PRICE_BUDGET, Status.UNKNOWN, budget, price, 1.0);
		}
		return priceBottom <= budgetTop ? new Criterion(Name.PRICE_BUDGET, Status.MET, budget, price, 1.0)
				: conflict(Name.PRICE_BUDGET, budget, price);
	}

	private Criterion region(@Nullable String need, @Nullable String result) {
		if (need == null || result == null) {
			return new Criterion(Name.REGION, Status.UNKNOWN, need, result, 1.0);
		}
		String city = prefecture(need);
		boolean sameCity = city != null && this.regions.within(result, city);
		return sameCity ? new Criterion(Name.REGION, Status.MET, need, result, SAME_CITY_FACTOR)
				: new Criterion(Name.REGION, Status.UNKNOWN, need, result, 1.0);
	}

	/** The prefecture-level city a region lies in (itself, when it is one). */
	private @Nullable String prefecture(String code) {
		var region = this.regions.find(code);
		while (region.isPresent()) {
			if ("PREFECTURE".equals(region.get().level())) {
				return region.get().code();
			}
			String parent = region.get().parentCode();
			region = parent == null ? java.util.Optional.empty() : this.regions.find(parent);
		}
		return null;
	}

	private static Criterion conflict(Name name, @Nullable String need, @Nullable String result) {
		return new Criterion(name, Status.CONFLICTING, need, result, CONFLICT_FACTOR.get(name));
	}

	private static @Nullable String names(@Nullable Set<? extends Enum<?>> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		Set<String> sorted = new TreeSet<>();
		values.forEach(v -> sorted.add(v.name()));
		return String.join(",", sorted);
	}

	private static @Nullable String range(MatchProfile profile) {
		if (profile.negotiable()) {
			return "NEGOTIABLE";
		}
		if (profile.minYuan() == null && profile.maxYuan() == null) {
			return null;
		}
		return (profile.minYuan() == null ? "" : profile.minYuan()) + "-"
				+ (profile.maxYuan() == null ? "" : profile.maxYuan());
	}

}
