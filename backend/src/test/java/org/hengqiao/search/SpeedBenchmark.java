package org.hengqiao.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;

import org.hengqiao.HengqiaoApplication;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingStatus;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * bin/bench-speed: ≥ 100,000 postings generated from the CSL records (same texts with varied structured fields, so
 * each distinct text is embedded once and its vector kept in the database by content hash), indexed by the real
 * rebuild; then latency of the search and match endpoints over HTTP at concurrency 1 and 8 against the raw
 * Elasticsearch query, indexing throughput through the outbox (new texts, embedding included) against the
 * model's own batch throughput, and how long after its commit a new posting is found by search.
 */
public final class SpeedBenchmark {

	private static final String[] REGIONS = { "430405", "430406", "430407", "430408", "430412", "430421", "430422",
			"430423", "430424", "430426", "430481", "430482", "430100", "430200", "430300" };

	private static final String[] STAGES = { "LABORATORY", "PILOT", "INDUSTRIALISED" };

	record Rec(String title, String text, List<String> keywords, String discipline) {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		SpringApplication application = new SpringApplication(HengqiaoApplication.class);
		application.addInitializers(context -> ((GenericApplicationContext) context).registerBean("benchPostings",
				TestPostings.class, definition -> definition.setPrimary(true)));
		try (ConfigurableApplicationContext context = application.run()) {
			run(context, file, count);
		}
		System.exit(0);
	}

	static void run(ConfigurableApplicationContext context, Path file, int count) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		List<Rec> records = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				JsonNode n = json.readTree(line);
				List<String> keywords = new ArrayList<>();
				n.get("keywords").forEach(k -> keywords.add(k.asString()));
				records.add(new Rec(n.get("title").asString(), n.get("abstract").asString(), keywords,
						n.get("discipline").asString()));
			}
		}
		TestPostings postings = context.getBean(TestPostings.class);
		Embeddings embeddings = context.getBean(Embeddings.class);
		IndexRebuild rebuild = context.getBean(IndexRebuild.class);
		ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
		PostingSearch search = context.getBean(PostingSearch.class);
		IndexNames names = context.getBean(IndexNames.class);
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		List<String> out = new ArrayList<>();

		// 1. Generate the postings; embed each distinct text once (kept in the embedding table).
		Random random = new Random(42);
		List<Long> needIds = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Rec r = records.get(i % records.size());
			PostingKind kind = i % 10 == 0 ? PostingKind.NEED : PostingKind.RESULT;
			PostingDocument p = generated(1_000_000L + i, kind, r, random);
			postings.putSilently(p);
			if (kind == PostingKind.NEED) {
				needIds.add(p.id());
			}
		}
		long t0 = System.nanoTime();
		List<String> contents = records.stream().map(r -> Embeddings.contentOf(r.title(), r.text())).toList();
		for (int from = 0; from < contents.size(); from += 32) {
			embeddings.vectorsOf(contents.subList(from, Math.min(contents.size(), from + 32)));
		}
		double embedSeconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("embedded %d distinct texts once in %.1f s (%.1f/s); stored by content hash%n", contents.size(),
				embedSeconds, contents.size() / embedSeconds);

		// 2. Index them all through the rebuild (vectors read from the table).
		t0 = System.nanoTime();
		RebuildReport report = rebuild.rebuild();
		double indexSeconds = (System.nanoTime() - t0) / 1e9;
		System.out.printf("indexed %d postings by rebuild in %.1f s (%.0f postings/s, vectors from the database)%n",
				report.indexed(), indexSeconds, report.indexed() / indexSeconds);
		out.add(String.format(Locale.ROOT, "{\"metric\":\"rebuild\",\"postings\":%d,\"seconds\":%.1f,\"per_second\":%.0f}",
				report.indexed(), indexSeconds, report.indexed() / indexSeconds));

		// Elasticsearch merges the rebuilt indices' segments (HNSW graphs included) for a while after the rebuild;
		// measuring during those merges measured them. A steady index is what production searches.
		t0 = System.nanoTime();
		client.indices().forcemerge(f -> f.index(names.alias(PostingKind.NEED), names.alias(PostingKind.RESULT)));
		System.out.printf("merged the new indices in %.1f s%n", (System.nanoTime() - t0) / 1e9);

		// 3. Throughput with embedding: the model alone vs the outbox pipeline, on fresh texts of the same records, in
		// alternating rounds, so that a shared machine's changing load weighs on all alike. The pipeline is fed twice
		// per round: a hundred postings committed together, as the importer commits its chunks (the way volume
		// arrives), and a hundred committed one by one. A posting counts when Elasticsearch has it (a real-time get),
		// not when a refresh made it searchable: forcing refreshes would load the node with work the pipeline does not do.
		int rounds = 5;
		int perRound = 100;
		BgeSmallZhV15EmbeddingModel model = new BgeSmallZhV15EmbeddingModel();
		model.embed("预热");
		String alias = names.alias(PostingKind.RESULT);
		double modelSeconds = 0;
		double[] pipelineSeconds = new double[2];
		long nextId = 5_000_000L;
		for (int round = 0; round < rounds; round++) {
			// The same texts as the pipeline's below, marked the same way (a marker of another value but the same
			// shape, so as many tokens): the model's cost grows with the length of what it reads.
			String rawMarker = "zs" + Long.toHexString(System.nanoTime());
			List<TextSegment> rawTexts = new ArrayList<>();
			for (int i = round * perRound; i < (round + 1) * perRound; i++) {
				Rec r = records.get(i % records.size());
				rawTexts.add(TextSegment.from(Embeddings.contentOf(r.title() + "（管道吞吐 " + rawMarker + "）", r.text())));
			}
			t0 = System.nanoTime();
			for (int from = 0; from < perRound; from += 32) {
				model.embedAll(rawTexts.subList(from, Math.min(perRound, from + 32)));
			}
			modelSeconds += (System.nanoTime() - t0) / 1e9;

			for (int way = 0; way < 2; way++) {
				String marker = "zs" + Long.toHexString(System.nanoTime());
				List<PostingDocument> batch = new ArrayList<>();
				for (int i = round * perRound; i < (round + 1) * perRound; i++) {
					Rec r = records.get(i % records.size());
					Rec variant = new Rec(r.title() + "（管道吞吐 " + marker + "）", r.text(), r.keywords(), r.discipline());
					batch.add(generated(nextId++, PostingKind.RESULT, variant, random));
				}
				List<String> ids = batch.stream().map(p -> String.valueOf(p.id())).toList();
				t0 = System.nanoTime();
				if (way == 0) {
					postings.saveAll(batch);
				}
				else {
					batch.forEach(postings::save);
				}
				while (client.mget(m -> m.index(alias).ids(ids).source(src -> src.fetch(false)), Map.class)
					.docs()
					.stream()
					.filter(doc -> doc.isResult() && doc.result().found())
					.count() < perRound) {
					Thread.sleep(25);
				}
				pipelineSeconds[way] += (System.nanoTime() - t0) / 1e9;
			}
		}
		double rawRate = rounds * perRound / modelSeconds;
		double pipelineRate = rounds * perRound / pipelineSeconds[0];
		double singleRate = rounds * perRound / pipelineSeconds[1];
		System.out.printf("embedding throughput: model alone %.1f texts/s, outbox pipeline %.1f postings/s (%.0f%%) "
				+ "committed a hundred at a time, %.1f/s (%.0f%%) one at a time%n", rawRate, pipelineRate,
				100 * pipelineRate / rawRate, singleRate, 100 * singleRate / rawRate);
		out.add(String.format(Locale.ROOT,
				"{\"metric\":\"indexing_with_embedding\",\"model_per_second\":%.1f,\"pipeline_per_second\":%.1f,\"ratio\":%.2f,"
						+ "\"one_by_one_per_second\":%.1f,\"one_by_one_ratio\":%.2f}",
				rawRate, pipelineRate, pipelineRate / rawRate, singleRate, singleRate / rawRate));

		// 4. Freshness: how long after its commit a new posting (a new text, so embedded first) is found by search.
		int samples = 40;
		long[] lags = new long[samples];
		for (int i = 0; i < samples; i++) {
			Rec r = records.get((500 + i) % records.size());
			String marker = "zf" + Long.toHexString(System.nanoTime());
			postings.save(generated(6_000_000L + i, PostingKind.RESULT,
					new Rec(r.title() + " " + marker, r.text(), r.keywords(), r.discipline()), random));
			long committed = System.nanoTime();
			while (client.search(s -> s.index(alias).size(0).query(q -> q.match(m -> m.field("title").query(marker))),
					Map.class).hits().total().value() == 0) {
				Thread.sleep(10);
			}
			lags[i] = System.nanoTime() - committed;
			Thread.sleep(300);
		}
		Arrays.sort(lags);
		double[] lag = { lags[samples / 2] / 1e6, lags[(int) Math.ceil(samples * 0.95) - 1] / 1e6 };
		System.out.printf("searchable after commit: p50 %.0f ms, p95 %.0f ms (%d new postings, refresh interval 1 s)%n",
				lag[0], lag[1], samples);
		out.add(String.format(Locale.ROOT, "{\"metric\":\"searchable_after_commit\",\"p50_ms\":%.0f,\"p95_ms\":%.0f}",
				lag[0], lag[1]));

		// 5. Latency.
		HttpClient http = HttpClient.newBuilder().build();
		String base = "http://127.0.0.1:" + port;
		HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q=x")).build(),
				HttpResponse.BodyHandlers.ofString());
		String xsrf = first.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
			.map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElse("");
		List<String> queries = records.stream().map(r -> String.join(" ", r.keywords().subList(0, Math.min(2, r.keywords().size())))).toList();

		IntFunction<Runnable> apiSearch = i -> () -> get(http, base + "/api/v1/search?size=20&q=" + encode(queries.get(i % queries.size())));
		IntFunction<Runnable> rawSearch = i -> () -> {
			try {
				client.search(search.request(queries.get(i % queries.size()), SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 20, List.of()), Map.class);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		IntFunction<Runnable> needMatches = i -> () -> get(http, base + "/api/v1/needs/" + needIds.get((i * 7919) % needIds.size()) + "/matches");
		IntFunction<Runnable> textMatch = i -> () -> post(http, base + "/api/v1/match", xsrf,
				"{\"text\":\"" + queries.get((i * 31) % queries.size()).replace("\"", "") + "\",\"size\":10}");

		System.out.printf("%n%-28s %6s %9s %9s%n", "operation", "conc.", "p50 ms", "p95 ms");
		for (int concurrency : new int[] { 1, 8 }) {
			int n = concurrency == 1 ? 200 : 400;
			// The API and the raw query alternate, so both see the same load on a shared machine.
			double[][] pair = measurePair(apiSearch, rawSearch, n, concurrency);
			double[] api = pair[0];
			double[] raw = pair[1];
			double[] need = measure(needMatches, n, concurrency);
			double[] text = measure(textMatch, n, concurrency);
			print(out, "GET /api/v1/search", concurrency, api);
			print(out, "raw Elasticsearch search", concurrency, raw);
			print(out, "GET /api/v1/needs/{id}/matches", concurrency, need);
			print(out, "POST /api/v1/match", concurrency, text);
			System.out.printf("%-28s %6d %9s %9.2f%n", "search p95 API / raw ES", concurrency, "", api[1] / raw[1]);
			out.add(String.format(Locale.ROOT, "{\"metric\":\"search_p95_ratio\",\"concurrency\":%d,\"ratio\":%.2f}",
					concurrency, api[1] / raw[1]));
		}
		System.out.println();
		out.forEach(System.out::println);
	}

	static PostingDocument generated(long id, PostingKind kind, Rec r, Random random) {
		Set<CooperationMode> modes = EnumSet.noneOf(CooperationMode.class);
		modes.add(CooperationMode.values()[random.nextInt(CooperationMode.values().length)]);
		Set<IndustryCluster> clusters = Set.of(IndustryCluster.values()[random.nextInt(IndustryCluster.values().length)]);
		boolean negotiable = random.nextInt(4) == 0;
		long min = 50_000L * (1 + random.nextInt(60));
		Instant published = Instant.now().minus(random.nextInt(700), ChronoUnit.DAYS);
		return new PostingDocument(id, kind, 1, PostingStatus.PUBLISHED, 1 + random.nextInt(200), "基准单位",
				kind == PostingKind.NEED ? OrganisationType.ENTERPRISE : OrganisationType.UNIVERSITY, r.title(), r.text(),
				r.keywords(), r.discipline(), null, null, clusters, modes, negotiable, negotiable ? null : min,
				negotiable ? null : min * 2, REGIONS[random.nextInt(REGIONS.length)], 1 + random.nextInt(9),
				STAGES[random.nextInt(STAGES.length)], null, published, published);
	}

	static double[] measure(IntFunction<Runnable> task, int n, int concurrency) throws Exception {
		for (int i = 0; i < 20; i++) {
			task.apply(10_000 + i).run();
		}
		long[] times = new long[n];
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					long start = System.nanoTime();
					task.apply(index).run();
					times[index] = System.nanoTime() - start;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		Arrays.sort(times);
		return new double[] { times[n / 2] / 1e6, times[(int) Math.ceil(n * 0.95) - 1] / 1e6 };
	}

	static double[][] measurePair(IntFunction<Runnable> a, IntFunction<Runnable> b, int n, int concurrency)
			throws Exception {
		for (int i = 0; i < 20; i++) {
			a.apply(10_000 + i).run();
			b.apply(10_000 + i).run();
		}
		long[] ta = new long[n];
		long[] tb = new long[n];
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					long start = System.nanoTime();
					a.apply(index).run();
					long middle = System.nanoTime();
					b.apply(index).run();
					ta[index] = middle - start;
					tb[index] = System.nanoTime() - middle;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		Arrays.sort(ta);
		Arrays.sort(tb);
		int p95 = (int) Math.ceil(n * 0.95) - 1;
		return new double[][] { { ta[n / 2] / 1e6, ta[p95] / 1e6 }, { tb[n / 2] / 1e6, tb[p95] / 1e6 } };
	}

	static void print(List<String> out, String name, int concurrency, double[] p) {
		System.out.printf("%-28s %6d %9.1f %9.1f%n", name, concurrency, p[0], p[1]);
		out.add(String.format(Locale.ROOT, "{\"metric\":\"latency\",\"operation\":\"%s\",\"concurrency\":%d,\"p50_ms\":%.1f,\"p95_ms\":%.1f}",
				name, concurrency, p[0], p[1]));
	}

	static void get(HttpClient http, String url) {
		send(http, HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build());
	}

	static void post(HttpClient http, String url, String xsrf, String body) {
		send(http, HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", xsrf)
			.header("Cookie", "XSRF-TOKEN=" + xsrf)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static void send(HttpClient http, HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
