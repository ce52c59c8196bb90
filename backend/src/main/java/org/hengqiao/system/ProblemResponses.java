package org.hengqiao.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/** Writes a problem from a filter, where {@link ProblemHandler} cannot: before MVC, or instead of it. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
