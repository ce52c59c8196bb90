package org.hengqiao.result;

/** Where a patent or registration stands. */
public enum IpStatus {

	APPLIED, GRANTED, EXPIRED

}
