package org.hengqiao.result;

import java.util.Map;
import java.util.Optional;

import org.hengqiao.posting.IndustryCluster;

/**
 * Maps the 67 second-level disciplines of Chinese research literature (as in the CSL data set) to the platform's
 * technical fields, and each field to the industry cluster of Hengyang it serves best. Disciplines without an
 * industry of their own (history, law, linguistics…) go to the modern services field.
 */
final class DisciplineMapping {

	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("军事学", "MFG.DEFENCE"),
			Map.entry("作物学", "AGR.CROPS"), Map.entry("农业资源利用", "AGR.PROTECTION"), Map.entry("园艺学", "AGR.CROPS"),
			Map.entry("林学/林业工程", "AGR.FORESTRY"), Map.entry("植物保护", "AGR.PROTECTION"),
			Map.entry("水产", "AGR.LIVESTOCK"), Map.entry("畜牧学/兽医学", "AGR.LIVESTOCK"),
			Map.entry("中医学/中药学", "BIO.TCM"), Map.entry("公共卫生与预防医学", "BIO.PUBLIC_HEALTH"),
			Map.entry("口腔医学", "BIO.CLINICAL"), Map.entry("基础医学/临床医学", "BIO.CLINICAL"),
			Map.entry("药学", "BIO.PHARMA"), Map.entry("历史学", "SVC.CULTURE"), Map.entry("哲学", "SVC.CULTURE"),
			Map.entry("交通运输工程", "AUT.TRANSPORT"), Map.entry("信息与通信工程", "ICT.COMMUNICATION"),
			Map.entry("光学工程", "ICT.OPTOELECTRONICS"), Map.entry("兵器科学与技术", "MFG.DEFENCE"),
			Map.entry("农业工程", "AGR.MACHINERY"), Map.entry("冶金工程", "MAT.NONFERROUS"),
			Map.entry("力学", "SCI.PHYSICS"), Map.entry("动力工程及工程热物理", "ENE.THERMAL"),
			Map.entry("化学/化学工程与技术", "CHE.PROCESS"), Map.entry("土木工程", "CON.CIVIL"),
			Map.entry("建筑学", "CON.ARCHITECTURE"), Map.entry("控制科学与工程", "ICT.CONTROL"),
			Map.entry("机械工程", "MFG.MACHINERY"), Map.entry("材料科学与工程", "MAT.FUNCTIONAL"),
			Map.entry("核科学与技术", "ENE.NUCLEAR"), Map.entry("水利工程", "ENV.WATER"),
			Map.entry("测绘科学与技术", "ICT.GEOINFO"), Map.entry("环境科学与工程", "ENV.POLLUTION"),
			Map.entry("电子科学与技术", "ICT.COMPONENTS"), Map.entry("电气工程", "ENE.GRID"),
			Map.entry("石油与天然气工程", "CHE.PETRO"), Map.entry("矿业工程", "ENV.MINING"),
			Map.entry("纺织科学与工程", "TEX.TEXTILE"), Map.entry("航空宇航科学与技术", "MFG.MARINE_AERO"),
			Map.entry("船舶与海洋工程", "MFG.MARINE_AERO"), Map.entry("计算机科学与技术", "ICT.SOFTWARE"),
			Map.entry("食品科学与工程", "AGR.FOOD"), Map.entry("体育学", "SVC.EDUCATION"), Map.entry("心理学", "SVC.EDUCATION"),
			Map.entry("教育学", "SVC.EDUCATION"), Map.entry("中国语言文学", "SVC.CULTURE"), Map.entry("新闻传播学", "SVC.MEDIA"),
			Map.entry("政治学", "SVC.PUBLIC"), Map.entry("民族学", "SVC.CULTURE"), Map.entry("法学", "SVC.PUBLIC"),
			Map.entry("社会学", "SVC.PUBLIC"), Map.entry("地球物理学", "SCI.EARTH"), Map.entry("地理学", "SCI.EARTH"),
			Map.entry("地质学/地质资源与地质工程", "ENV.GEOLOGY"), Map.entry("大气科学", "SCI.EARTH"),
			Map.entry("天文学", "SCI.PHYSICS"), Map.entry("数学", "SCI.MATH"), Map.entry("海洋科学", "SCI.EARTH"),
			Map.entry("物理学", "SCI.PHYSICS"), Map.entry("生物学/生物科学与工程", "BIO.BIOTECH"),
			Map.entry("公共管理", "SVC.PUBLIC"), Map.entry("农林经济管理", "SVC.ECONOMICS"),
			Map.entry("图书馆、情报与档案管理", "SVC.MEDIA"), Map.entry("工商管理", "SVC.MANAGEMENT"),
			Map.entry("应用经济学", "SVC.ECONOMICS"), Map.entry("理论经济学", "SVC.ECONOMICS"),
			Map.entry("艺术学", "SVC.CULTURE"));

	/** When a discipline is unknown, its first-level category still says roughly where it belongs. */
	private static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("工学", "MFG.MACHINERY"),
			Map.entry("理学", "SCI.PHYSICS"), Map.entry("医学", "BIO.CLINICAL"), Map.entry("农学", "AGR.CROPS"),
			Map.entry("军事学", "MFG.DEFENCE"), Map.entry("管理学", "SVC.MANAGEMENT"), Map.entry("经济学", "SVC.ECONOMICS"),
			Map.entry("法学", "SVC.PUBLIC"), Map.entry("教育学", "SVC.EDUCATION"), Map.entry("文学", "SVC.CULTURE"),
			Map.entry("历史学", "SVC.CULTURE"), Map.entry("哲学", "SVC.CULTURE"), Map.entry("艺术学", "SVC.CULTURE"));

	/** The industry cluster each first-level field (or a more specific second-level one) serves. */
	private static final Map<String, IndustryCluster> CLUSTERS = Map.ofEntries(
			Map.entry("MAT.NONFERROUS", IndustryCluster.NONFERROUS_METALS), Map.entry("MAT", IndustryCluster.NEW_MATERIALS),
			Map.entry("MFG.RAIL", IndustryCluster.RAIL_TRANSIT), Map.entry("MFG", IndustryCluster.EQUIPMENT_MANUFACTURING),
			Map.entry("ICT", IndustryCluster.ELECTRONIC_INFORMATION), Map.entry("BIO", IndustryCluster.BIOMEDICINE),
			Map.entry("CHE", IndustryCluster.SALT_AND_FINE_CHEMICALS),
			Map.entry("ENE", IndustryCluster.EQUIPMENT_MANUFACTURING),
			Map.entry("AUT.NEV", IndustryCluster.NEW_ENERGY_VEHICLES), Map.entry("AUT", IndustryCluster.AUTOMOBILES_AND_PARTS),
			Map.entry("ENV.MINING", IndustryCluster.NONFERROUS_METALS), Map.entry("ENV", IndustryCluster.NEW_MATERIALS),
			Map.entry("AGR", IndustryCluster.AGRICULTURAL_PRODUCTS_PROCESSING),
			Map.entry("CON", IndustryCluster.NEW_MATERIALS), Map.entry("TEX", IndustryCluster.TEXTILES_AND_CLOTHING),
			Map.entry("SCI.CHEMISTRY", IndustryCluster.SALT_AND_FINE_CHEMICALS),
			Map.entry("SCI.LIFE", IndustryCluster.BIOMEDICINE), Map.entry("SCI.EARTH", IndustryCluster.NONFERROUS_METALS),
			Map.entry("SCI", IndustryCluster.ELECTRONIC_INFORMATION),
			Map.entry("SVC.MEDIA", IndustryCluster.ELECTRONIC_INFORMATION), Map.entry("SVC", IndustryCluster.CULTURAL_TOURISM));

	private DisciplineMapping() {
	}

	static Optional<String> field(String discipline, String category) {
		return Optional.ofNullable(FIELDS.get(discipline.strip())).or(() -> Optional.ofNullable(CATEGORIES.get(category.strip())));
	}

	static IndustryCluster cluster(String fieldCode) {
		IndustryCluster specific = CLUSTERS.get(fieldCode);
		if (specific != null) {
			return specific;
		}
		return CLUSTERS.getOrDefault(fieldCode.substring(0, fieldCode.indexOf('.')), IndustryCluster.NEW_MATERIALS);
	}

	static int size() {
		return FIELDS.size();
	}

}
