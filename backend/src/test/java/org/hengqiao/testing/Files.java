package org.hengqiao.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files whose first bytes make them what their name says (or not). */
public final class Files {

	private Files() {
	}

	public static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		byte[] png = new byte[64];
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		System.arraycopy(signature, 0, png, 0, signature.length);
		return png;
	}

	/** A Windows executable: starts with "MZ". */
	public static byte[] exe() {
		byte[] exe = new byte[128];
		exe[0] = 'M';
		exe[1] = 'Z';
		Arrays.fill(exe, 2, 128, (byte) 0x90);
		return exe;
	}

	public static byte[] ofSize(byte[] head, int size) {
		byte[] file = new byte[size];
		System.arraycopy(head, 0, file, 0, head.length);
		return file;
	}

}
