package org.hengqiao.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;

import org.springframework.stereotype.Component;

/**
 * Chinese word segmentation done in the application, because the cluster has no Chinese analyzer (and a stock
 * production cluster may not either). The segmented words go into {@code *_seg} fields, lower-cased and joined by
 * spaces, where the built-in {@code whitespace} analyzer indexes them as whole words: 锂离子电池 then matches the
 * word, not every document that contains 锂, 离, 子, 电 or 池.
 *
 * <p>jieba's search mode also emits the shorter words inside a long one (锂离子电池 → 锂离子, 电池, 锂离子电池), so
 * a query with a shorter or longer form of the same term still meets the document.
 */
@Component
public class TextAnalysis {

	/** Separators between the phrases of a query someone typed (keywords, clauses). */
	private static final Pattern PHRASE_SEPARATORS = Pattern.compile("[\\s,，、;；。/|]+");

	/** Function words that carry no topic; kept short on purpose, the BM25 idf handles the rest. */
	private static final Set<String> STOP_WORDS = Set.of("的", "了", "和", "与", "及", "或", "在", "是", "对", "为", "等",
			"中", "并", "其", "将", "以", "于", "由", "从", "而", "被", "把", "也", "这", "该", "此", "之", "个", "上", "下",
			"进行", "通过", "基于", "利用", "采用", "表明", "本文", "可以", "具有", "一种",
			"the", "of", "and", "in", "for", "on", "with", "a", "an", "to");

	private static final int MAX_PHRASES = 12;

	private final JiebaSegmenter segmenter = new JiebaSegmenter();

	/** The words of a text in order (repeats kept), lower-cased, without punctuation and function words. */
	public List<String> words(String text) {
		List<SegToken> tokens = this.segmenter.process(text, JiebaSegmenter.SegMode.SEARCH);
		List<String> words = new ArrayList<>(tokens.size());
		for (SegToken token : tokens) {
			String word = token.word.strip().toLowerCase(Locale.ROOT);
			if (!word.isEmpty() && word.codePoints().anyMatch(Character::isLetterOrDigit) && !STOP_WORDS.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** The text as indexed into a {@code *_seg} field: its words joined by single spaces. */
	public String segmented(String text) {
		return String.join(" ", words(text));
	}

	/**
	 * The distinct words worth showing as shared terms: two characters or more for Chinese (single characters are
	 * too ambiguous to explain a match), letters-and-digits words for the rest.
	 */
	public Set<String> keyTerms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		for (String word : words(text)) {
			if (word.codePointCount(0, word.length()) >= 2) {
				terms.add(word);
			}
		}
		return terms;
	}

	/** A query split into the phrases someone typed: on white space and common Chinese and ASCII separators. */
	public List<String> phrases(String query) {
		return Arrays.stream(PHRASE_SEPARATORS.split(query)).filter(p -> !p.isBlank()).limit(MAX_PHRASES).toList();
	}

}
