package org.hengqiao.need;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hengqiao.posting.ContactVisibility;
import org.hengqiao.testing.JsonBody;

/** Valid need request bodies, changed one aspect at a time. */
public final class NeedRequests extends JsonBody<NeedRequests> {

	private NeedRequests() {
		with("title", "铜冶炼烟气中二氧化硫高效回收技术");
		with("description", "我公司位于衡阳松木经开区，年产电解铜 10 万吨，冶炼烟气二氧化硫浓度波动大，现有制酸系统回收率不足 95%，"
				+ "希望寻求高效、低能耗的烟气脱硫与硫资源回收技术，可联合开发或技术转让。");
		with("fieldCode", "MAT.NONFERROUS");
		with("clusters", List.of("NONFERROUS_METALS", "NEW_MATERIALS"));
		with("keywords", List.of("烟气脱硫", "二氧化硫", "制酸"));
		with("cooperationModes", List.of("JOINT_DEVELOPMENT", "TRANSFER"));
		with("budget", Map.of("negotiable", false, "minYuan", 500_000, "maxYuan", 2_000_000));
		with("deadline", LocalDate.now().plusMonths(3).toString());
		with("regionCode", "430407");
		with("maturityAsked", Map.of("trl", 6, "stage", "PILOT"));
		with("contact", Map.of("name", "王工", "phone", "0734-8888888", "email", "wang@example.cn"));
		with("contactVisibility", "VERIFIED_ORGANISATIONS");
	}

	public static NeedRequests aNeed() {
		return new NeedRequests();
	}

	public NeedRequests titled(String title) {
		return with("title", title);
	}

	public NeedRequests due(LocalDate deadline) {
		return with("deadline", deadline.toString());
	}

	public NeedRequests negotiable() {
		return with("budget", Map.of("negotiable", true));
	}

	public NeedRequests budget(long minYuan, long maxYuan) {
		return with("budget", Map.of("negotiable", false, "minYuan", minYuan, "maxYuan", maxYuan));
	}

	public NeedRequests contactVisibleTo(ContactVisibility visibility) {
		return with("contactVisibility", visibility.name());
	}

	public NeedRequests atVersion(long version) {
		return with("version", version);
	}

}
