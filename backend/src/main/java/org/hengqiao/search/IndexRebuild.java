package org.hengqiao.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.system.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search indices from the database without downtime: fills new indices (vectors from the embedding
 * table, so nothing is recomputed for known texts), then swaps each alias atomically and drops the old index.
 * Searches keep using the old indices until the swap. Changes committed meanwhile are written into both the old
 * and the new index, and after the swap every posting updated since the rebuild began is written once more (this
 * covers changes indexed by another instance, which cannot know about the new index).
 */
@Service
public class IndexRebuild {

	private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

	private static final int PAGE = 500;

	/** Margin for clocks of other instances and transactions that committed just before the start. */
	private static final Duration CATCH_UP_MARGIN = Duration.ofSeconds(30);

	/** How long the old index stays after the swap. */
	private static final Duration DROP_GRACE = Duration.ofSeconds(2);

	private final PostingDocuments postings;

	private final IndexAdministration administration;

	private final IndexNames names;

	private final IndexWriter writer;

	private final RebuildTargets targets;

	private final IndexStartup startup;

	private final ReentrantLock lock = new ReentrantLock();

	private final RebuildLease lease;

	private final AtomicReference<RebuildReport> latest = new AtomicReference<>(RebuildReport.never());

	IndexRebuild(PostingDocuments postings, IndexAdministration administration, IndexNames names, IndexWriter writer,
			RebuildTargets targets, IndexStartup startup, RebuildLease lease) {
		this.postings = postings;
		this.administration = administration;
		this.names = names;
		this.writer = writer;
		this.targets = targets;
		this.startup = startup;
		this.lease = lease;
	}

	/** The latest rebuild's report (running or finished). */
	public RebuildReport status() {
		return this.latest.get();
	}

	/** Starts a rebuild on a background thread unless one is running; returns its first report. */
	public RebuildReport startInBackground() {
		if (this.lock.isLocked()) {
			return this.latest.get();
		}
		if (!this.lease.acquire()) {
			throw new RebuildInProgress();
		}
		Thread.ofVirtual().name("search-rebuild").start(() -> {
			try {
				rebuild();
			}
			catch (RuntimeException ex) {
				log.warn("Search index rebuild failed: {}", ex.toString());
			}
		});
		// Let the thread take the lock and publish its first report.
		for (int i = 0; i < 50 && !this.latest.get().running(); i++) {
			Thread.onSpinWait();
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return this.latest.get();
	}

	/** Rebuilds both indices and returns when the aliases point at the new ones. */
	public RebuildReport rebuild() {
		if (!this.lock.tryLock()) {
			throw new RebuildInProgress();
		}
		if (!this.lease.acquire()) {
			this.lock.unlock();
			throw new RebuildInProgress();
		}
		Instant started = Instant.now();
		Map<PostingKind, String> fresh = new EnumMap<>(PostingKind.class);
		long scanned = 0;
		long indexed = 0;
		try {
			this.startup.requireIndices();
			this.latest.set(new RebuildReport(true, started, null, 0, 0, 0, Map.of(), null));
			for (PostingKind kind : PostingKind.values()) {
				String index = this.names.newIndex(kind, PostingIndexMapping.CURRENT);
				this.administration.create(index, false);
				fresh.put(kind, index);
			}
			this.targets.set(fresh);
			long after = 0;
			List<PostingDocument> page;
			do {
				page = this.postings.batchAfter(after, PAGE);
				if (page.isEmpty()) {
					break;
				}
				after = page.get(page.size() - 1).id();
				scanned += page.size();
				Set<Long> failed = this.writer.load(page, fresh);
				if (!failed.isEmpty()) {
					throw new IOException(failed.size() + " postings could not be written into the new index");
				}
				if (!this.lease.extend()) {
					throw new IOException("the rebuild lease ran out and another instance took it");
				}
				indexed += page.stream().filter(PostingDocument::isPublic).count();
				this.latest.set(new RebuildReport(true, started, null, scanned, indexed, 0, Map.copyOf(fresh), null));
			}
			while (page.size() == PAGE);
			Map<PostingKind, Optional<String>> old = new EnumMap<>(PostingKind.class);
			for (PostingKind kind : PostingKind.values()) {
				this.administration.finishLoading(fresh.get(kind));
				old.put(kind, this.administration.currentIndex(kind));
				this.administration.swap(kind, old.get(kind), fresh.get(kind));
			}
			this.targets.clear();
			long caughtUp = catchUp(started.minus(CATCH_UP_MARGIN));
			// Searches that resolved the alias just before the swap still run on the old index: let them finish.
			sleepQuietly(DROP_GRACE);
			for (PostingKind kind : PostingKind.values()) {
				Optional<String> previous = old.get(kind);
				if (previous.isPresent() && !previous.get().equals(fresh.get(kind))) {
					this.administration.delete(previous.get());
				}
			}
			RebuildReport report = new RebuildReport(false, started, Instant.now(), scanned, indexed, caughtUp,
					Map.copyOf(fresh), null);
			this.latest.set(report);
			log.info("Search index rebuilt: {} postings read, {} indexed, {} caught up, in {} s", scanned, indexed,
					caughtUp, Duration.between(started, report.finishedAt()).toSeconds());
			return report;
		}
		catch (IOException | RuntimeException ex) {
			this.targets.clear();
			for (String index : fresh.values()) {
				try {
					if (!isLive(index)) {
						this.administration.delete(index);
					}
				}
				catch (IOException | RuntimeException cleanup) {
					log.debug("Could not remove the unfinished index {}: {}", index, cleanup.toString());
				}
			}
			RebuildReport report = new RebuildReport(false, started, Instant.now(), scanned, indexed, 0,
					Map.copyOf(fresh), ex.toString());
			this.latest.set(report);
			throw new RebuildFailed(ex);
		}
		finally {
			this.lease.release();
			this.lock.unlock();
		}
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean isLive(String index) throws IOException {
		for (PostingKind kind : PostingKind.values()) {
			if (this.administration.currentIndex(kind).filter(index::equals).isPresent()) {
				return true;
			}
		}
		return false;
	}

	/** Writes again, through the aliases, every posting updated since {@code since}. */
	private long catchUp(Instant since) throws IOException {
		long after = 0;
		long count = 0;
		List<PostingDocument> page;
		do {
			page = this.postings.batchAfter(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			after = page.get(page.size() - 1).id();
			Map<Long, PostingKind> changed = new java.util.LinkedHashMap<>();
			for (PostingDocument posting : page) {
				if (!posting.updatedAt().isBefore(since)) {
					changed.put(posting.id(), posting.kind());
				}
			}
			if (!changed.isEmpty()) {
				this.writer.sync(changed);
				count += changed.size();
			}
		}
		while (page.size() == PAGE);
		return count;
	}

	/** Another rebuild is running, on this instance or another. */
	static class RebuildInProgress extends DomainException {

		RebuildInProgress() {
			super(Kind.CONFLICT, "search.rebuildInProgress");
		}

	}

	/** The rebuild stopped; the previous indices remain in service. */
	static class RebuildFailed extends DomainException {

		RebuildFailed(Exception cause) {
			super(Kind.UNAVAILABLE, "search.rebuildFailed", cause.getMessage() != null ? cause.getMessage() : "");
			initCause(cause);
		}

	}

}
