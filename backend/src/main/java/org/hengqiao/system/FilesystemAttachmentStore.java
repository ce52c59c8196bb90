package org.hengqiao.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps each file under {@code <directory>/<first two key characters>/<key>}, so no directory grows past a few
 * thousand entries. A file is written to a temporary name in the same directory while it is counted, hashed and
 * typed, and moved into place only once it passed every check: a refused or interrupted upload leaves nothing
 * behind under a key.
 */
@Component
class FilesystemAttachmentStore implements AttachmentStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	/** The extensions a declared name may carry for each type; a name without extension claims nothing. */
	private static final Map<String, Set<String>> EXTENSIONS = Map.of(PDF, Set.of("pdf"), JPEG,
			Set.of("jpg", "jpeg", "jfif"), PNG, Set.of("png"), WEBP, Set.of("webp"));

	private static final int SNIFF_BYTES = 16;

	private final SecureRandom random = new SecureRandom();

	private final Path root;

	private final long defaultMaxBytes;

	FilesystemAttachmentStore(AttachmentProperties properties) {
		this.root = properties.directory().toAbsolutePath().normalize();
		this.defaultMaxBytes = properties.maxSize().toBytes();
	}

	@Override
	public StoredFile store(InputStream content, String declaredName) {
		return store(content, declaredName, this.defaultMaxBytes, SUPPORTED_TYPES);
	}

	@Override
	public StoredFile store(InputStream content, String declaredName, long maxBytes, Set<String> acceptedTypes) {
		String key = newKey();
		Path target = path(key);
		Path temporary = target.resolveSibling(key + ".part");
		try {
			Files.createDirectories(target.getParent());
			long limit = Math.min(maxBytes, this.defaultMaxBytes);
			Written written = write(content, temporary, limit);
			String type = check(written, declaredName, limit, acceptedTypes);
			move(temporary, target);
			return new StoredFile(key, written.size(), type, written.sha256());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store an attachment", ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	@Override
	public InputStream open(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new AttachmentMissing();
		}
		try {
			return Files.newInputStream(path(key));
		}
		catch (NoSuchFileException ex) {
			throw new AttachmentMissing();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read an attachment", ex);
		}
	}

	@Override
	public void delete(String key) {
		if (KEY.matcher(key).matches()) {
			try {
				Files.deleteIfExists(path(key));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not delete an attachment", ex);
			}
		}
	}

	/** Reads at most one byte more than allowed, so an oversized upload is refused without reading it all. */
	private static Written write(InputStream content, Path temporary, long maxBytes) throws IOException {
		MessageDigest sha256 = sha256();
		byte[] head = new byte[SNIFF_BYTES];
		int headLength = 0;
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(temporary)) {
			int read;
			while (size <= maxBytes && (read = content.read(buffer)) != -1) {
				if (headLength < SNIFF_BYTES) {
					int copied = Math.min(read, SNIFF_BYTES - headLength);
					System.arraycopy(buffer, 0, head, headLength, copied);
					headLength += copied;
				}
				sha256.update(buffer, 0, read);
				out.write(buffer, 0, read);
				size += read;
			}
		}
		byte[] sniffed = new byte[headLength];
		System.arraycopy(head, 0, sniffed, 0, headLength);
		return new Written(size, sniffed, HexFormat.of().formatHex(sha256.digest()));
	}

	private static String check(Written written, String declaredName, long maxBytes, Set<String> acceptedTypes) {
		if (written.size() == 0) {
			throw InvalidInput.of("file", "attachment.empty");
		}
		if (written.size() > maxBytes) {
			throw InvalidInput.of("file", "attachment.tooLarge", maxBytes / (1024 * 1024));
		}
		String type = detect(written.head()).filter(acceptedTypes::contains)
			.orElseThrow(() -> InvalidInput.of("file", "attachment.type", names(acceptedTypes)));
		String extension = extension(declaredName);
		if (extension != null && !EXTENSIONS.get(type).contains(extension)) {
			throw InvalidInput.of("file", "attachment.nameMismatch");
		}
		return type;
	}

	/** The type the content's first bytes announce, if it is one the store knows. */
	static Optional<String> detect(byte[] head) {
		if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(PDF);
		}
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] head, int offset, int... expected) {
		if (head.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((head[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static String names(Set<String> types) {
		return Stream.of(PDF, JPEG, PNG, WEBP)
			.filter(types::contains)
			.map(type -> type.substring(type.indexOf('/') + 1).toUpperCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
	}

	private static @Nullable String extension(String declaredName) {
		String name = declaredName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private String newKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private Path path(String key) {
		return this.root.resolve(key.substring(0, 2)).resolve(key);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// A leftover ".part" file is harmless: it is never served, and the key it carries is never reused.
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	private record Written(long size, byte[] head, String sha256) {
	}

}
