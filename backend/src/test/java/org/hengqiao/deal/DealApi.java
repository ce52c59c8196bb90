package org.hengqiao.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hengqiao.account.Actor;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.JsonBody;
import org.hengqiao.testing.PostingApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** The deal endpoints as tests drive them. */
public final class DealApi {

	private final MockMvcTester mvc;

	public DealApi(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	public MvcTestResult create(RequestPostProcessor who, Map<String, ?> body) {
		return this.mvc.post()
			.uri("/api/v1/deals")
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(body))
			.exchange();
	}

	/** Opens a deal and returns its id, failing the test if that is refused. */
	public long open(Actor actor, Map<String, ?> body) {
		MvcTestResult result = create(Acting.as(actor), body);
		assertThat(result).as("opening a deal").hasStatus(HttpStatus.CREATED);
		return ((Number) JsonPath.read(PostingApi.body(result), "$.id")).longValue();
	}

	public MvcTestResult get(RequestPostProcessor who, long id) {
		return this.mvc.get().uri("/api/v1/deals/{id}", id).with(who).exchange();
	}

	public MvcTestResult history(RequestPostProcessor who, long id) {
		return this.mvc.get().uri("/api/v1/deals/{id}/history", id).with(who).exchange();
	}

	public MvcTestResult move(RequestPostProcessor who, long id, Map<String, ?> body) {
		return this.mvc.post()
			.uri("/api/v1/deals/{id}/stage", id)
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(body))
			.exchange();
	}

	/** Proposes the next stage (or marks the deal lost, which needs nobody's consent). */
	public MvcTestResult propose(RequestPostProcessor who, long id, Map<String, ?> body) {
		return move(who, id, body);
	}

	/** The other side's confirmation of the deal itself, at the version the caller saw. */
	public MvcTestResult confirm(RequestPostProcessor who, long id, long version) {
		return post(who, "/api/v1/deals/{id}/confirmation", id, Map.of("version", version));
	}

	public MvcTestResult confirmProposal(RequestPostProcessor who, long id, long version) {
		return post(who, "/api/v1/deals/{id}/proposal/confirmation", id, Map.of("version", version));
	}

	public MvcTestResult rejectProposal(RequestPostProcessor who, long id, long version) {
		return post(who, "/api/v1/deals/{id}/proposal/rejection", id, Map.of("version", version));
	}

	public MvcTestResult dispute(RequestPostProcessor who, long id, Map<String, ?> body) {
		return post(who, "/api/v1/deals/{id}/dispute", id, body);
	}

	public MvcTestResult voidDeal(RequestPostProcessor who, long id, Map<String, ?> body) {
		return post(who, "/api/v1/deals/{id}/void", id, body);
	}

	private MvcTestResult post(RequestPostProcessor who, String uri, long id, Map<String, ?> body) {
		return this.mvc.post()
			.uri(uri, id)
			.with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(body))
			.exchange();
	}

	/** The other side confirms the deal, failing the test if that is refused. */
	public void confirmed(Actor otherSide, long id) {
		assertThat(confirm(Acting.as(otherSide), id, version(otherSide, id))).as("confirming deal %d", id)
			.hasStatusOk();
	}

	public String stageOf(Actor reader, long id) {
		return JsonPath.read(PostingApi.body(get(Acting.as(reader), id)), "$.stage");
	}

	public long version(Actor reader, long id) {
		MvcTestResult result = get(Acting.as(reader), id);
		assertThat(result).hasStatusOk();
		return ((Number) JsonPath.read(PostingApi.body(result), "$.version")).longValue();
	}

	/**
	 * One side proposes the stage and the other confirms it in its own session, each at the version it saw, failing
	 * the test if either is refused or the deal did not move.
	 */
	public void advance(Actor proposer, Actor confirmer, long id, String stage) {
		assertThat(move(Acting.as(proposer), id, Map.of("stage", stage, "version", version(proposer, id))))
			.as("proposing %s for deal %d", stage, id)
			.hasStatusOk();
		assertThat(confirmProposal(Acting.as(confirmer), id, version(confirmer, id)))
			.as("confirming %s for deal %d", stage, id)
			.hasStatusOk();
		assertThat(stageOf(confirmer, id)).as("both sides agreed to %s", stage).isEqualTo(stage);
	}

	public static Map<String, Object> stage(String stage, long version) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("stage", stage);
		body.put("version", version);
		return body;
	}

	/** A complete contract, as the registration needs it. */
	public static Map<String, Object> contract(LocalDate signedOn) {
		Map<String, Object> contract = new LinkedHashMap<>();
		contract.put("valueYuan", 1_200_000);
		contract.put("cooperationMode", "JOINT_DEVELOPMENT");
		contract.put("signedOn", signedOn.toString());
		contract.put("title", "铜冶炼烟气二氧化硫回收技术开发合同");
		contract.put("type", "DEVELOPMENT");
		contract.put("parties", List.of(Map.of("role", "CLIENT", "name", "衡阳有色冶炼厂"),
				Map.of("role", "CONTRACTOR", "name", "南华大学")));
		return contract;
	}

}
