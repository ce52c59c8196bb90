package org.hengqiao.deal;

/** The five kinds of technology contract the registration (技术合同登记) knows. */
public enum ContractType {

	/** 技术开发 */
	DEVELOPMENT,

	/** 技术转让 */
	TRANSFER,

	/** 技术许可 */
	LICENSING,

	/** 技术咨询 */
	CONSULTING,

	/** 技术服务 */
	SERVICE

}
