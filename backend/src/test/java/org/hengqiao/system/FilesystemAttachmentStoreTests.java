package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FilesystemAttachmentStoreTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F' };

	private static final byte[] WEBP = { 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };

	@TempDir
	Path directory;

	private FilesystemAttachmentStore store() {
		return new FilesystemAttachmentStore(new AttachmentProperties(this.directory, DataSize.ofKilobytes(64)));
	}

	@Test
	void storesAFileUnderARandomKeyWithItsTypeSizeAndDigest() throws Exception {
		StoredFile stored = store().store(new ByteArrayInputStream(PDF), "../../etc/passwd.pdf");

		assertThat(stored.key()).matches("[0-9a-f]{32}");
		assertThat(stored.contentType()).isEqualTo(AttachmentStore.PDF);
		assertThat(stored.size()).isEqualTo(PDF.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		try (InputStream in = store().open(stored.key())) {
			assertThat(in.readAllBytes()).isEqualTo(PDF);
		}
		assertThat(this.directory.resolve(stored.key().substring(0, 2)).resolve(stored.key())).exists();
	}

	@Test
	void recognisesEachSupportedTypeByItsContent() {
		assertThat(store().store(new ByteArrayInputStream(JPEG), "photo.JPG").contentType())
			.isEqualTo(AttachmentStore.JPEG);
		assertThat(store().store(new ByteArrayInputStream(WEBP), "photo").contentType())
			.isEqualTo(AttachmentStore.WEBP);
	}

	@Test
	void refusesContentOfAnotherTypeWhateverItsName() {
		assertRefused(new byte[] { 'M', 'Z', 0, 0 }, "licence.pdf", "attachment.type");
		assertRefused("<html>".getBytes(), "page.png", "attachment.type");
	}

	@Test
	void refusesANameThatClaimsAnotherTypeThanTheContent() {
		assertRefused(PDF, "setup.exe", "attachment.nameMismatch");
		assertRefused(PDF, "scan.png", "attachment.nameMismatch");
	}

	@Test
	void refusesTypesTheCallerDoesNotAccept() {
		assertThatThrownBy(() -> store().store(new ByteArrayInputStream(WEBP), "a.webp", 1024,
				Set.of(AttachmentStore.PDF)))
			.isInstanceOfSatisfying(InvalidInput.class,
					ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("attachment.type"));
	}

	@Test
	void refusesEmptyAndOversizedFilesAndLeavesNothingBehind() throws IOException {
		assertRefused(new byte[0], "empty.pdf", "attachment.empty");
		byte[] big = new byte[64 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertRefused(big, "big.pdf", "attachment.tooLarge");

		try (Stream<Path> files = Files.walk(this.directory)) {
			assertThat(files.filter(Files::isRegularFile)).as("files left in the store").isEmpty();
		}
	}

	@Test
	void opensAndDeletesOnlyWellFormedKeys() {
		assertThatThrownBy(() -> store().open("../../../etc/passwd")).isInstanceOf(AttachmentMissing.class);
		assertThatThrownBy(() -> store().open("0123456789abcdef0123456789abcdef"))
			.isInstanceOf(AttachmentMissing.class);
		store().delete("../../important");
	}

	@Test
	void deletingRemovesTheFile() {
		StoredFile stored = store().store(new ByteArrayInputStream(PDF), "a.pdf");

		store().delete(stored.key());

		assertThatThrownBy(() -> store().open(stored.key())).isInstanceOf(AttachmentMissing.class);
	}

	private void assertRefused(byte[] content, String name, String messageKey) {
		assertThatThrownBy(() -> store().store(new ByteArrayInputStream(content), name)).as(name)
			.isInstanceOfSatisfying(InvalidInput.class, ex -> {
				assertThat(ex.errors()).singleElement().satisfies(error -> {
					assertThat(error.field()).isEqualTo("file");
					assertThat(error.messageKey()).isEqualTo(messageKey);
				});
			});
	}

}
