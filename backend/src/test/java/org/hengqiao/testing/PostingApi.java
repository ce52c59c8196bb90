package org.hengqiao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hengqiao.account.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** The posting endpoints as a test drives them: one method per request, acting as someone. */
public final class PostingApi {

	private final MockMvcTester mvc;

	private final String collection;

	private PostingApi(MockMvcTester mvc, String collection) {
		this.mvc = mvc;
		this.collection = collection;
	}

	public static PostingApi needs(MockMvcTester mvc) {
		return new PostingApi(mvc, "needs");
	}

	public static PostingApi results(MockMvcTester mvc) {
		return new PostingApi(mvc, "results");
	}

	public MvcTestResult create(RequestPostProcessor who, JsonBody<?> body) {
		return this.mvc.post()
			.uri("/api/v1/" + this.collection)
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.json())
			.exchange();
	}

	/** Creates a draft as the actor and returns its id, failing the test if that is refused. */
	public long draft(Actor owner, JsonBody<?> body) {
		MvcTestResult result = create(Acting.as(owner), body);
		assertThat(result).as("creating a %s", this.collection).hasStatus(HttpStatus.CREATED);
		return ((Number) JsonPath.read(body(result), "$.id")).longValue();
	}

	public MvcTestResult get(RequestPostProcessor who, long id) {
		return this.mvc.get().uri("/api/v1/" + this.collection + "/" + id).with(who).exchange();
	}

	public MvcTestResult update(RequestPostProcessor who, long id, JsonBody<?> body) {
		return this.mvc.put()
			.uri("/api/v1/" + this.collection + "/" + id)
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.json())
			.exchange();
	}

	public MvcTestResult transition(RequestPostProcessor who, long id, String step, Map<String, ?> body) {
		return this.mvc.post()
			.uri("/api/v1/" + this.collection + "/" + id + "/" + step)
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(body))
			.exchange();
	}

	public MvcTestResult transition(RequestPostProcessor who, long id, String step) {
		return transition(who, id, step, Map.of());
	}

	/** Drafts, submits and approves: a published posting. */
	public long published(Actor owner, Actor operator, JsonBody<?> body) {
		long id = draft(owner, body);
		assertThat(transition(Acting.as(owner), id, "submission")).as("submitting").hasStatusOk();
		assertThat(transition(Acting.as(operator), id, "approval")).as("approving").hasStatusOk();
		return id;
	}

	public long submitted(Actor owner, JsonBody<?> body) {
		long id = draft(owner, body);
		assertThat(transition(Acting.as(owner), id, "submission")).as("submitting").hasStatusOk();
		return id;
	}

	public long version(Actor reader, long id) {
		MvcTestResult result = get(Acting.as(reader), id);
		assertThat(result).hasStatusOk();
		return ((Number) JsonPath.read(body(result), "$.version")).longValue();
	}

	public static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String collection() {
		return this.collection;
	}

}
