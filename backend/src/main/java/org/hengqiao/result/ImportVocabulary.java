package org.hengqiao.result;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hengqiao.posting.ContactVisibility;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.MaturityStage;

/**
 * How people write coded values in a spreadsheet: the code itself, or its Chinese or English name. Unknown words
 * are reported, never guessed.
 */
final class ImportVocabulary {

	/** Separators of list cells: semicolons, commas and the enumeration comma, half- or full-width, or new lines. */
	static final Pattern LIST = Pattern.compile("[;；,，、\\n\\r]+");

	/** Separators of cells whose items may themselves contain commas (team members, scenarios, patents). */
	static final Pattern ITEMS = Pattern.compile("[;；\\n\\r]+");

	private static final Map<String, CooperationMode> MODES = Map.ofEntries(Map.entry("技术转让", CooperationMode.TRANSFER),
			Map.entry("转让", CooperationMode.TRANSFER), Map.entry("技术许可", CooperationMode.LICENCE),
			Map.entry("许可", CooperationMode.LICENCE), Map.entry("合作开发", CooperationMode.JOINT_DEVELOPMENT),
			Map.entry("委托开发", CooperationMode.COMMISSIONED_DEVELOPMENT),
			Map.entry("技术服务", CooperationMode.TECHNICAL_SERVICE), Map.entry("技术咨询", CooperationMode.TECHNICAL_SERVICE),
			Map.entry("作价入股", CooperationMode.EQUITY), Map.entry("技术入股", CooperationMode.EQUITY));

	private static final Map<String, MaturityStage> STAGES = Map.of("实验室", MaturityStage.LABORATORY, "实验室阶段",
			MaturityStage.LABORATORY, "小试", MaturityStage.PILOT, "中试", MaturityStage.PILOT, "小试阶段",
			MaturityStage.PILOT, "中试阶段", MaturityStage.PILOT, "产业化", MaturityStage.INDUSTRIALISED, "工业化",
			MaturityStage.INDUSTRIALISED, "量产", MaturityStage.INDUSTRIALISED);

	private static final Map<String, ContactVisibility> VISIBILITIES = Map.of("公开", ContactVisibility.PUBLIC,
			"认证机构", ContactVisibility.VERIFIED_ORGANISATIONS, "仅认证机构", ContactVisibility.VERIFIED_ORGANISATIONS,
			"经纪人", ContactVisibility.BROKERS_ONLY, "仅经纪人", ContactVisibility.BROKERS_ONLY);

	private static final Map<String, IpType> IP_TYPES = Map.of("发明", IpType.INVENTION, "发明专利", IpType.INVENTION,
			"实用新型", IpType.UTILITY_MODEL, "实用新型专利", IpType.UTILITY_MODEL, "外观设计", IpType.DESIGN, "外观设计专利",
			IpType.DESIGN, "软件著作权", IpType.SOFTWARE_COPYRIGHT, "软著", IpType.SOFTWARE_COPYRIGHT, "计算机软件著作权",
			IpType.SOFTWARE_COPYRIGHT);

	private static final Map<String, IpStatus> IP_STATUSES = Map.of("已申请", IpStatus.APPLIED, "申请中", IpStatus.APPLIED,
			"已受理", IpStatus.APPLIED, "已授权", IpStatus.GRANTED, "授权", IpStatus.GRANTED, "已登记", IpStatus.GRANTED,
			"已失效", IpStatus.EXPIRED, "失效", IpStatus.EXPIRED);

	private ImportVocabulary() {
	}

	static List<String> list(String cell) {
		return split(cell, LIST);
	}

	static List<String> items(String cell) {
		return split(cell, ITEMS);
	}

	private static List<String> split(String cell, Pattern separators) {
		return Arrays.stream(separators.split(cell)).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	static Optional<IndustryCluster> cluster(String word) {
		for (IndustryCluster cluster : IndustryCluster.values()) {
			String chinese = cluster.displayName(Locale.SIMPLIFIED_CHINESE);
			if (cluster.name().equalsIgnoreCase(word) || chinese.equals(word)
					|| chinese.replaceAll("（.*）", "").equals(word)
					|| cluster.displayName(Locale.ENGLISH).equalsIgnoreCase(word)) {
				return Optional.of(cluster);
			}
		}
		return Optional.empty();
	}

	static Optional<CooperationMode> cooperationMode(String word) {
		return Optional.ofNullable(MODES.get(word)).or(() -> constant(CooperationMode.class, word));
	}

	static Optional<MaturityStage> stage(String word) {
		return Optional.ofNullable(STAGES.get(word)).or(() -> constant(MaturityStage.class, word));
	}

	static Optional<ContactVisibility> visibility(String word) {
		return Optional.ofNullable(VISIBILITIES.get(word)).or(() -> constant(ContactVisibility.class, word));
	}

	static Optional<IpType> ipType(String word) {
		return Optional.ofNullable(IP_TYPES.get(word)).or(() -> constant(IpType.class, word));
	}

	static Optional<IpStatus> ipStatus(String word) {
		return Optional.ofNullable(IP_STATUSES.get(word)).or(() -> constant(IpStatus.class, word));
	}

	private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String word) {
		String wanted = word.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(wanted)).findFirst();
	}

}
