package org.hengqiao.result;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the import template, in template order: the Chinese header people see, the English one, the
 * field of {@link ResultDraft} it fills (so validation errors can name the column), and an example.
 */
enum ImportColumn {

	EXTERNAL_ID("成果编号", "External ID", "externalId", true, "NH-2024-001",
			"本机构内唯一的成果编号；再次导入同一编号会更新该成果 / Your own id, unique within your organisation; re-importing it updates the result"),
	TITLE("成果名称", "Title", "title", true, "低品位氧化铅锌矿选冶联合高效回收技术", "不超过 100 字 / At most 100 characters"),
	ABSTRACT("成果简介", "Abstract", "abstractText", true,
			"针对湘南地区低品位氧化铅锌矿难选的问题，研发了硫化浮选—湿法浸出联合工艺，锌回收率提高 12 个百分点。",
			"不超过 5000 字 / At most 5000 characters"),
	FIELD("技术领域", "Technical field", "fieldCode", true, "MAT.NONFERROUS",
			"二级技术领域代码或名称，见 /api/v1/catalogue/fields / Second-level field code or name"),
	CLUSTERS("产业集群", "Industry clusters", "clusters", true, "有色金属；新材料",
			"1–3 个，用分号分隔 / 1 to 3, separated by semicolons"),
	KEYWORDS("关键词", "Keywords", "keywords", false, "氧化铅锌矿；浮选；湿法浸出",
			"最多 10 个，每个不超过 20 字 / Up to 10, each at most 20 characters"),
	COOPERATION_MODES("合作方式", "Cooperation modes", "cooperationModes", true, "技术转让；技术许可",
			"技术转让、技术许可、合作开发、委托开发、技术服务、作价入股 / TRANSFER, LICENCE, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, TECHNICAL_SERVICE, EQUITY"),
	PRICE_MIN("价格下限（元）", "Price from (yuan)", "price.minYuan", false, "800000",
			"整数元；两列都空或填“面议”表示面议；只填下限表示一口价 / Whole yuan; both empty or 面议 means negotiable; only the lower end means a fixed price"),
	PRICE_MAX("价格上限（元）", "Price to (yuan)", "price.maxYuan", false, "1200000", "整数元 / Whole yuan"),
	TRL("技术成熟度（1-9）", "TRL (1-9)", "maturity.trl", true, "6", "技术就绪度等级 1–9 / Technology readiness level 1 to 9"),
	STAGE("成熟阶段", "Stage", "maturity.stage", true, "中试",
			"实验室、小试、中试、产业化 / LABORATORY, PILOT, INDUSTRIALISED"),
	PATENTS("知识产权", "Intellectual property", "patents", false, "201710601862.3|发明|已授权",
			"每项：号码|类型|状态，多项用分号分隔；类型：发明、实用新型、外观设计、软件著作权；状态：已申请、已授权、已失效 / number|type|status; several separated by semicolons"),
	TEAM("团队成员", "Team", "team", false, "李明（教授）；王芳（副教授）",
			"姓名（职称），用分号分隔 / Name (title), separated by semicolons"),
	INVENTORS("发明人", "Inventors", "team", false, "李明", "发明人姓名，用分号分隔 / Inventors' names, separated by semicolons"),
	SCENARIOS("应用场景", "Application scenarios", "applicationScenarios", false, "铅锌选矿厂提质增效",
			"最多 10 项，用分号分隔 / Up to 10, separated by semicolons"),
	REGION("所在地区", "Region", "regionCode", true, "430406", "行政区划代码或名称，如 430406 或 雁峰区 / Division code or name"),
	CONTACT_NAME("联系人", "Contact name", "contact.name", true, "技术转移中心", ""),
	CONTACT_PHONE("联系电话", "Contact phone", "contact.phone", false, "0734-8282828",
			"电话与邮箱至少填一项 / Phone or e-mail, at least one"),
	CONTACT_EMAIL("联系邮箱", "Contact e-mail", "contact.email", false, "tto@example.edu.cn", ""),
	CONTACT_VISIBILITY("联系方式可见范围", "Contact visibility", "contactVisibility", false, "认证机构",
			"公开、认证机构、仅经纪人；留空为认证机构 / PUBLIC, VERIFIED_ORGANISATIONS, BROKERS_ONLY; empty means verified organisations");

	private final String chinese;

	private final String english;

	private final String field;

	private final boolean required;

	private final String example;

	private final String note;

	ImportColumn(String chinese, String english, String field, boolean required, String example, String note) {
		this.chinese = chinese;
		this.english = english;
		this.field = field;
		this.required = required;
		this.example = example;
		this.note = note;
	}

	String chinese() {
		return this.chinese;
	}

	String english() {
		return this.english;
	}

	boolean required() {
		return this.required;
	}

	String example() {
		return this.example;
	}

	String note() {
		return this.note;
	}

	/** A header cell in Chinese, English or as the constant's name, forgiving spaces, case and full-width brackets. */
	static Optional<ImportColumn> byHeader(String header) {
		String wanted = normalise(header);
		for (ImportColumn column : values()) {
			if (normalise(column.chinese).equals(wanted) || normalise(column.english).equals(wanted)
					|| normalise(column.name()).equals(wanted)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

	/** The column a validation error on a {@link ResultDraft} property path belongs to. */
	static Optional<ImportColumn> byField(String path) {
		ImportColumn best = null;
		for (ImportColumn column : values()) {
			if ((path.equals(column.field) || path.startsWith(column.field + ".") || path.startsWith(column.field + "["))
					&& (best == null || column.field.length() > best.field.length())) {
				best = column;
			}
		}
		return Optional.ofNullable(best);
	}

	static String normalise(String header) {
		return header.replace('\uFEFF', ' ')
			.replace('（', '(')
			.replace('）', ')')
			.replaceAll("[\\s_]+", "")
			.toLowerCase(Locale.ROOT);
	}

}
