package org.hengqiao.posting;

import java.util.Locale;

/** Hengyang's industry clusters (产业集群), the city's entry points for supply and demand. */
public enum IndustryCluster {

	NONFERROUS_METALS("有色金属", "Non-ferrous metals"),
	EQUIPMENT_MANUFACTURING("装备制造（含输变电）", "Equipment manufacturing (incl. power transmission)"),
	AUTOMOBILES_AND_PARTS("汽车及零部件", "Automobiles and parts"),
	SALT_AND_FINE_CHEMICALS("盐化工与精细化工", "Salt and fine chemicals"),
	NEW_MATERIALS("新材料", "New materials"),
	BIOMEDICINE("生物医药", "Biomedicine"),
	ELECTRONIC_INFORMATION("电子信息", "Electronic information"),
	NEW_ENERGY_VEHICLES("新能源汽车", "New-energy vehicles"),
	RAIL_TRANSIT("轨道交通", "Rail transit"),
	TEXTILES_AND_CLOTHING("纺织服装", "Textiles and clothing"),
	AGRICULTURAL_PRODUCTS_PROCESSING("农产品加工", "Agricultural products processing"),
	CULTURAL_TOURISM("文化旅游", "Cultural tourism");

	private final String nameZh;

	private final String nameEn;

	IndustryCluster(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	public String displayName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
