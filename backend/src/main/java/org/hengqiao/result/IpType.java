package org.hengqiao.result;

/** Kinds of intellectual property a result may rest on. */
public enum IpType {

	/** 发明专利. */
	INVENTION,

	/** 实用新型专利. */
	UTILITY_MODEL,

	/** 外观设计专利. */
	DESIGN,

	/** 计算机软件著作权, registered with a number like {@code 2021SR0123456}. */
	SOFTWARE_COPYRIGHT

}
