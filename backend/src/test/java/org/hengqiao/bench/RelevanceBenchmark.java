package org.hengqiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.hengqiao.HengqiaoApplication;
import org.hengqiao.matching.Match;
import org.hengqiao.matching.MatchBand;
import org.hengqiao.matching.MatchRequest;
import org.hengqiao.matching.MatchingEngine;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.Contact;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingStatus;
import org.hengqiao.result.ImportOptions;
import org.hengqiao.result.ImportReport;
import org.hengqiao.result.ResultImport;
import org.hengqiao.search.CandidateRetrieval;
import org.hengqiao.search.Embeddings;
import org.hengqiao.search.SearchFilters;
import org.hengqiao.search.TextAnalysis;
import org.hengqiao.testing.Organisations;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSL relevance benchmark (bin/bench-relevance): imports the file as published results through the real
 * importer, lets the real outbox indexer index them, then runs every record's keywords (all of them: "long"; the
 * first two: "short") through the matching engine — the code behind POST /api/v1/match — and, for comparison,
 * through each side of its retrieval alone. Prints nDCG@10 (gain 2^grade − 1; the record itself is grade 2, the
 * same discipline grade 1), recall@10 and MRR@10 of the record itself. A third set matches postings with postings
 * (see {@link #postingSet}).
 */
public final class RelevanceBenchmark {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args.length > 0 ? args[0] : "../../shared/data/csl/csl_dev.jsonl");
		SpringApplication application = new SpringApplication(HengqiaoApplication.class);
		application.addInitializers(context -> ((GenericApplicationContext) context).registerBean("benchPostings",
				BenchPostings.class,
				() -> new BenchPostings(() -> context.getBean("postingDocumentSource", PostingDocuments.class)),
				definition -> definition.setPrimary(true)));
		try (ConfigurableApplicationContext context = application.run()) {
			run(context, file);
		}
		System.exit(0);
	}

	private static final List<String> FEATURES = new ArrayList<>();

	private static final Map<String, BandTally> BANDS = new LinkedHashMap<>();

	/**
	 * Per band: the share of its matches that are relevant (grade ≥ 1) and its share of all matches shown. Weak
	 * matches count among those shown (behind "show more") but get no line of their own.
	 */
	static final class BandTally {

		private final Map<MatchBand, int[]> counts = new EnumMap<>(MatchBand.class);

		private int total;

		void add(MatchBand band, boolean relevant) {
			int[] count = this.counts.computeIfAbsent(band, b -> new int[2]);
			count[0]++;
			count[1] += relevant ? 1 : 0;
			this.total++;
		}

		List<String> lines(String set) {
			List<String> lines = new ArrayList<>();
			for (MatchBand band : List.of(MatchBand.STRONG, MatchBand.GOOD, MatchBand.FAIR)) {
				int[] count = this.counts.getOrDefault(band, new int[2]);
				lines.add(String.format(Locale.ROOT,
						"{\"method\":\"band\",\"band\":\"%s\",\"queries\":\"%s\",\"relevant\":%.3f,\"share\":%.3f}",
						band.name().toLowerCase(Locale.ROOT), set, count[0] == 0 ? 0.0 : count[1] / (double) count[0],
						count[0] / (double) this.total));
			}
			return lines;
		}

	}

	/** One shown match's score parts and whether it is relevant, for calibrating the match bands. */
	static String features(String set, int words, Match m, boolean relevant) {
		var p = m.explanation().score();
		Double similarity = m.explanation().semanticSimilarity();
		return String.format(Locale.ROOT, "%s\t%d\t%d\t%s\t%s\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%d", set, words, m.rank(),
				p.lexical() == null ? "" : String.format(Locale.ROOT, "%.4f", p.lexical()),
				similarity == null ? "" : String.format(Locale.ROOT, "%.4f", similarity), p.lexicalNormalised(),
				p.semanticNormalised(), p.fused(), p.fieldAffinity(), p.relevance(), relevant ? 1 : 0);
	}

	record Rec(String id, String title, String text, String discipline, List<String> keywords) {
	}

	static void run(ConfigurableApplicationContext context, Path file) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		List<Rec> records = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode node = json.readTree(line);
			List<String> keywords = new ArrayList<>();
			node.get("keywords").forEach(k -> keywords.add(k.asString()));
			records.add(new Rec(node.get("id").asString(), node.get("title").asString(), node.get("abstract").asString(),
					node.get("discipline").asString(), keywords));
		}
		// The keywords are the queries: the corpus is imported without them (as the benchmark prescribes).
		Path corpus = Files.createTempFile("csl-corpus", ".jsonl");
		List<String> stripped = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) json.readTree(line);
				node.putArray("keywords");
				stripped.add(json.writeValueAsString(node));
			}
		}
		Files.write(corpus, stripped);
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		long university = new Organisations(jdbc).verified(OrganisationType.UNIVERSITY, "CSL 基准大学");
		long started = System.nanoTime();
		ImportReport report = context.getBean(ResultImport.class)
			.importJsonl(corpus, university, ImportOptions.of(new Contact("基准联系人", null, "bench@example.org")).published());
		System.out.printf("imported %d records (%d failed) in %.1f s%n", report.created() + report.updated()
				+ report.unchanged(), report.failures().size(), (System.nanoTime() - started) / 1e9);
		waitForIndex(context, jdbc, report.postingIds().size());
		System.out.printf("indexed through the outbox %.1f s after the import began%n", (System.nanoTime() - started) / 1e9);

		Map<Long, String> idOf = new HashMap<>();
		report.postingIds().forEach((external, posting) -> idOf.put(posting, external));
		Map<String, String> disciplineOf = new HashMap<>();
		Map<String, Integer> disciplineCount = new HashMap<>();
		for (Rec r : records) {
			disciplineOf.put(r.id(), r.discipline());
			disciplineCount.merge(r.discipline(), 1, Integer::sum);
		}
		MatchingEngine engine = context.getBean(MatchingEngine.class);
		CandidateRetrieval retrieval = context.getBean(CandidateRetrieval.class);
		Embeddings embeddings = context.getBean(Embeddings.class);
		TextAnalysis analysis = context.getBean(TextAnalysis.class);

		List<String> lines = new ArrayList<>();
		System.out.println();
		System.out.printf("%-8s %-10s %8s %10s %8s%n", "queries", "method", "nDCG@10", "recall@10", "MRR");
		for (String set : List.of("long", "short")) {
			double[][] sums = new double[3][3];
			int n = 0;
			for (Rec r : records) {
				if (!report.postingIds().containsKey(r.id())) {
					continue;
				}
				List<String> words = set.equals("long") ? r.keywords() : r.keywords().subList(0, Math.min(2, r.keywords().size()));
				String query = String.join(" ", words);
				float[] vector = embeddings.embedQuery(query);
				CandidateRetrieval.Pool pool = retrieval.retrieve(new CandidateRetrieval.CandidateQuery(
						PostingKind.RESULT, query, CandidateRetrieval.TextOrigin.TYPED, analysis.phrases(query), vector, SearchFilters.none(), 100, null));
				List<String> lexical = pool.lexical().stream().map(c -> idOf.get(c.posting().id())).toList();
				List<String> semantic = pool.semantic().stream().map(c -> idOf.get(c.posting().id())).toList();
				List<Match> matches = engine.forText(new MatchRequest(query, null, null, 10)).matches();
				List<String> hybrid = matches.stream().map(Match::id).map(idOf::get).toList();
				for (Match m : matches) {
					String id = idOf.get(m.id());
					boolean relevant = id != null && disciplineOf.get(id).equals(r.discipline());
					FEATURES.add(features(set, words.size(), m, relevant));
					BANDS.computeIfAbsent(set, k -> new BandTally()).add(m.band(), relevant);
				}
				List<List<String>> rankings = List.of(lexical, semantic, hybrid);
				for (int m = 0; m < 3; m++) {
					double[] metrics = metrics(rankings.get(m), r.id(), disciplineOf, disciplineCount);
					for (int k = 0; k < 3; k++) {
						sums[m][k] += metrics[k];
					}
				}
				n++;
			}
			String[] names = { "bm25", "vectors", "hybrid" };
			for (int m = 0; m < 3; m++) {
				double ndcg = sums[m][0] / n;
				double recall = sums[m][1] / n;
				double mrr = sums[m][2] / n;
				System.out.printf("%-8s %-10s %8.3f %10.3f %8.3f%n", set, names[m], ndcg, recall, mrr);
				lines.add(String.format(Locale.ROOT,
						"{\"method\":\"%s\",\"queries\":\"%s\",\"ndcg10\":%.3f,\"recall10\":%.3f,\"mrr\":%.3f}", names[m],
						set, ndcg, recall, mrr));
			}
		}
		lines.addAll(postingSet(context, records, report, idOf));
		BANDS.forEach((set, tally) -> lines.addAll(tally.lines(set)));
		String dump = System.getProperty("hengqiao.bench.features");
		if (dump != null) {
			Files.write(Path.of(dump), FEATURES);
		}
		System.out.println();
		lines.forEach(System.out::println);
	}

	/**
	 * Posting to posting, the code behind GET /api/v1/needs/{id}/matches: every record that shares an author keyword
	 * with another record becomes an enterprise's need (its title, abstract and keywords; no structured preferences,
	 * so compatibility is neutral) and is matched against the other results. Relevance: a result sharing a keyword
	 * grade 2 (the keywords were not indexed), the same discipline grade 1; the record's own copy among the results
	 * is left out of the ranking. Recall@10 and MRR are of the grade-2 results.
	 */
	static List<String> postingSet(ConfigurableApplicationContext context, List<Rec> records, ImportReport report,
			Map<Long, String> idOf) {
		BenchPostings postings = context.getBean(BenchPostings.class);
		MatchingEngine engine = context.getBean(MatchingEngine.class);
		Map<String, Rec> byId = new HashMap<>();
		records.forEach(r -> byId.put(r.id(), r));
		double[] sums = new double[3];
		int n = 0;
		long source = 8_000_000_000L;
		long started = System.nanoTime();
		for (Rec r : records) {
			Long resultId = report.postingIds().get(r.id());
			if (resultId == null) {
				continue;
			}
			Map<String, Integer> grades = new HashMap<>();
			for (Rec other : records) {
				if (other != r && report.postingIds().containsKey(other.id())) {
					boolean sharesKeyword = other.keywords().stream().anyMatch(r.keywords()::contains);
					int grade = sharesKeyword ? 2 : other.discipline().equals(r.discipline()) ? 1 : 0;
					if (grade > 0) {
						grades.put(other.id(), grade);
					}
				}
			}
			if (!grades.containsValue(2)) {
				continue;
			}
			PostingDocument result = postings.find(resultId).orElseThrow();
			PostingDocument need = new PostingDocument(++source, PostingKind.NEED, 1, PostingStatus.PUBLISHED,
					result.organisationId() + 1, "基准企业", OrganisationType.ENTERPRISE, r.title(), r.text(), r.keywords(),
					null, null, null, Set.of(), Set.of(), true, null, null, result.regionCode(), null, null, null,
					Instant.now(), Instant.now());
			postings.putSource(need);
			List<Match> matches = engine.forNeed(need.id(), 11)
				.matches()
				.stream()
				.filter(m -> !r.id().equals(idOf.get(m.id())))
				.limit(10)
				.toList();
			List<String> ranked = matches.stream().map(m -> idOf.get(m.id())).toList();
			for (Match m : matches) {
				boolean relevant = grades.containsKey(idOf.get(m.id()));
				FEATURES.add(features("posting", r.keywords().size(), m, relevant));
				BANDS.computeIfAbsent("posting", k -> new BandTally()).add(m.band(), relevant);
			}
			double[] metrics = gradedMetrics(ranked, grades);
			for (int k = 0; k < 3; k++) {
				sums[k] += metrics[k];
			}
			n++;
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("%-8s %-10s %8.3f %10.3f %8.3f   (%d needs, %.0f ms per match)%n", "posting", "hybrid",
				sums[0] / n, sums[1] / n, sums[2] / n, n, 1000 * seconds / n);
		return List.of(String.format(Locale.ROOT,
				"{\"method\":\"hybrid\",\"queries\":\"posting\",\"ndcg10\":%.3f,\"recall10\":%.3f,\"mrr\":%.3f}",
				sums[0] / n, sums[1] / n, sums[2] / n));
	}

	/** nDCG@10 (gain 2^grade − 1) against the best possible order, recall@10 and MRR of the grade-2 items. */
	static double[] gradedMetrics(List<String> ranked, Map<String, Integer> grades) {
		double dcg = 0;
		double mrr = 0;
		int found = 0;
		for (int r = 0; r < Math.min(10, ranked.size()); r++) {
			int grade = grades.getOrDefault(ranked.get(r), 0);
			dcg += ((1 << grade) - 1) / (Math.log(r + 2) / Math.log(2));
			if (grade == 2) {
				found++;
				if (mrr == 0) {
					mrr = 1.0 / (r + 1);
				}
			}
		}
		List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).limit(10).toList();
		double idcg = 0;
		for (int r = 0; r < ideal.size(); r++) {
			idcg += ((1 << ideal.get(r)) - 1) / (Math.log(r + 2) / Math.log(2));
		}
		long relevant = grades.values().stream().filter(g -> g == 2).count();
		return new double[] { dcg / idcg, found / (double) Math.min(10, relevant), mrr };
	}

	/** Waits until every imported result is in the index and no index publication is outstanding. */
	static void waitForIndex(ConfigurableApplicationContext context, JdbcClient jdbc, int expected) throws Exception {
		ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
		String alias = context.getEnvironment().getProperty("hengqiao.search.index-prefix") + "-results";
		long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			long outstanding = jdbc
				.sql("select count(*) from event_publication where completion_date is null and event_type like '%PostingChanged%'")
				.query(Long.class)
				.single();
			client.indices().refresh(r -> r.index(alias));
			long count = client.count(c -> c.index(alias)).count();
			if (count >= expected && outstanding == 0) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("The index did not catch up within 30 minutes");
	}

	/** nDCG@10 with gain 2^grade − 1, recall@10 and MRR@10 of the record itself. */
	static double[] metrics(List<String> ranked, String self, Map<String, String> discipline,
			Map<String, Integer> count) {
		double dcg = 0;
		double mrr = 0;
		double recall = 0;
		for (int r = 0; r < Math.min(10, ranked.size()); r++) {
			String id = ranked.get(r);
			int grade = self.equals(id) ? 2 : id != null && discipline.get(id).equals(discipline.get(self)) ? 1 : 0;
			dcg += ((1 << grade) - 1) / (Math.log(r + 2) / Math.log(2));
			if (grade == 2) {
				mrr = 1.0 / (r + 1);
				recall = 1;
			}
		}
		double ideal = 3.0;
		int same = count.get(discipline.get(self));
		for (int r = 1; r < Math.min(10, same); r++) {
			ideal += 1 / (Math.log(r + 2) / Math.log(2));
		}
		return new double[] { dcg / ideal, recall, mrr };
	}


}
