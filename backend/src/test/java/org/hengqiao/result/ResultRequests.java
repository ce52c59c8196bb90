package org.hengqiao.result;

import java.util.List;
import java.util.Map;

import org.hengqiao.posting.ContactVisibility;
import org.hengqiao.testing.JsonBody;

/** Valid result request bodies, changed one aspect at a time. */
public final class ResultRequests extends JsonBody<ResultRequests> {

	/** A valid invention application number (check digit 3). */
	public static final String PATENT = "201710601862.3";

	private ResultRequests() {
		with("title", "低品位氧化铅锌矿选冶联合高效回收技术");
		with("abstractText", "针对湘南地区低品位氧化铅锌矿难选的问题，研发了硫化浮选—湿法浸出联合工艺，锌回收率提高 12 个百分点，"
				+ "已在常宁某选厂完成中试，可向有色金属采选企业转让或许可。");
		with("fieldCode", "MAT.NONFERROUS");
		with("clusters", List.of("NONFERROUS_METALS"));
		with("keywords", List.of("氧化铅锌矿", "浮选", "湿法浸出"));
		with("cooperationModes", List.of("TRANSFER", "LICENCE"));
		with("price", Map.of("negotiable", false, "minYuan", 800_000, "maxYuan", 1_200_000));
		with("maturity", Map.of("trl", 6, "stage", "PILOT"));
		with("patents", List.of(Map.of("number", PATENT, "type", "INVENTION", "status", "GRANTED")));
		with("team", List.of(Map.of("name", "李教授", "title", "教授", "inventor", true)));
		with("applicationScenarios", List.of("铅锌选矿厂提质增效"));
		with("regionCode", "430406");
		with("contact", Map.of("name", "技术转移中心", "phone", "0734-8282828"));
		with("contactVisibility", "PUBLIC");
	}

	public static ResultRequests aResult() {
		return new ResultRequests();
	}

	public ResultRequests titled(String title) {
		return with("title", title);
	}

	public ResultRequests withExternalId(String externalId) {
		return with("externalId", externalId);
	}

	public ResultRequests withPatent(String number, String type) {
		return with("patents", List.of(Map.of("number", number, "type", type, "status", "APPLIED")));
	}

	public ResultRequests contactVisibleTo(ContactVisibility visibility) {
		return with("contactVisibility", visibility.name());
	}

	public ResultRequests atVersion(long version) {
		return with("version", version);
	}

}
