package org.hengqiao.posting;

/** How two parties may work together on a technology (合作方式). */
public enum CooperationMode {

	TRANSFER, LICENCE, JOINT_DEVELOPMENT, COMMISSIONED_DEVELOPMENT, TECHNICAL_SERVICE, EQUITY

}
