package org.hengqiao.system;

import java.io.InputStream;
import java.util.Set;

/**
 * Files people upload (organisation licences, posting attachments), kept outside the database. Keys are random and
 * generated here; no path is ever derived from what a user sent. The type of a file is decided by its content (its
 * magic bytes), never by its name or the declared {@code Content-Type}; anything but PDF, JPEG, PNG or WebP is
 * refused with {@link InvalidInput} on the field {@code file}, and so is a name whose extension claims another type
 * than the content has (a PDF named {@code .exe}, an executable named {@code .pdf}).
 * <p>
 * A file stored inside a transaction that later rolls back is not removed automatically: callers that record the
 * key in the database should delete the file on rollback (and the file a new one replaces only after commit).
 */
public interface AttachmentStore {

	String PDF = "application/pdf";

	String JPEG = "image/jpeg";

	String PNG = "image/png";

	String WEBP = "image/webp";

	/** Every type the store accepts. */
	Set<String> SUPPORTED_TYPES = Set.of(PDF, JPEG, PNG, WEBP);

	/** Stores a file of any supported type up to the configured maximum size ({@code hengqiao.attachments.max-size}). */
	StoredFile store(InputStream content, String declaredName);

	/**
	 * Stores a file if it is one of the accepted types and no larger than {@code maxBytes}.
	 * @throws InvalidInput on the field {@code file} when the content is empty, too large, of another type, or
	 * named as something else
	 */
	StoredFile store(InputStream content, String declaredName, long maxBytes, Set<String> acceptedTypes);

	/**
	 * Opens a stored file for reading; the caller closes the stream.
	 * @throws AttachmentMissing if there is no file under that key
	 */
	InputStream open(String key);

	/** Removes a file; does nothing if there is none under that key. */
	void delete(String key);

}
