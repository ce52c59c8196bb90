package org.hengqiao.system;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hengqiao.system.Problems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Turns every exception that reaches MVC into an RFC 9457 problem detail in the caller's language. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	/** A problem property that is also sent as the {@code Retry-After} header. */
	static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

	private final Problems problems;

	private final CurrentVersions currentVersions;

	private final BodyLimits bodyLimits;

	ProblemHandler(Problems problems, CurrentVersions currentVersions, BodyLimits bodyLimits) {
		this.problems = problems;
		this.currentVersions = currentVersions;
		this.bodyLimits = bodyLimits;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
		};
		ProblemDetail problem;
		if (ex instanceof InvalidInput invalid) {
			List<FieldProblem> errors = invalid.errors()
				.stream()
				.map(e -> new FieldProblem(e.field(), this.problems.message(e.messageKey(), e.arguments())))
				.toList();
			problem = this.problems.withFieldErrors(status, ex.code(), errors);
		}
		else {
			problem = this.problems.of(status, ex.code(), ex.arguments());
		}
		ex.properties().forEach(problem::setProperty);
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
		if (ex.properties().get(RETRY_AFTER_SECONDS) instanceof Number seconds) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds.longValue()));
		}
		return response.body(problem);
	}

	/**
	 * Two writers raced past a service's version check and the loser failed at flush or commit: the same problem
	 * as a stale version caught by the service, with the version that won.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> concurrentEdit(ObjectOptimisticLockingFailureException ex) {
		ProblemDetail problem = this.problems.of(HttpStatus.CONFLICT, "concurrentEdit");
		this.currentVersions.of(ex).ifPresent(version -> problem.setProperty(Problems.CURRENT_VERSION, version));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(this.problems.of(HttpStatus.FORBIDDEN, "forbidden"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notSignedIn(AuthenticationCredentialsNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(this.problems.of(HttpStatus.UNAUTHORIZED, "unauthorized"));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badParameter(ex.getName());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (BodyTooLarge.causes(ex)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(bodyTooLarge());
		}
		if (isClientsBadParameter(ex)) {
			// The container failed decoding a form body's parameters (the query string is judged before, by
			// QueryStringFilter): the client's mistake, not the server's.
			return ResponseEntity.badRequest().body(this.problems.of(HttpStatus.BAD_REQUEST, "unreadable"));
		}
		log.error("Unhandled exception", ex);
		return ResponseEntity.internalServerError()
			.body(this.problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal"));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), resolve(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(new FieldProblem(error.getObjectName(), resolve(error))));
		return body(this.problems.withFieldErrors(HttpStatus.BAD_REQUEST, "validation", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				// A parameter object's (e.g. search filters') errors name its own fields: those are the query
				// parameters the caller sent.
				.map(error -> new FieldProblem(error instanceof FieldError field ? field.getField()
						: parameterName(result.getMethodParameter().getParameterName()), resolve(error))))
			.toList();
		return body(this.problems.withFieldErrors(HttpStatus.BAD_REQUEST, "validation", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (BodyTooLarge.causes(ex)) {
			return body(bodyTooLarge());
		}
		if (ex.getCause() instanceof CleanTextModule.UncleanText unclean) {
			String field = jsonPath(unclean);
			return body(this.problems.withFieldErrors(HttpStatus.BAD_REQUEST, "validation",
					List.of(new FieldProblem(field, this.problems.message(CleanText.MESSAGE)))));
		}
		ProblemDetail problem = this.problems.of(HttpStatus.BAD_REQUEST, "unreadable");
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			String field = jsonPath(databind);
			problem.setProperty("errors",
					List.of(new FieldProblem(field, this.problems.message("problem.unreadable.field", field))));
		}
		else if (ex.getCause() instanceof JacksonException) {
			problem.setProperty("errors", List.of());
		}
		return body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return body(badParameter(ex.getParameterName()).getBody());
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return body(badParameter(ex.getRequestPartName()).getBody());
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return body(this.problems.of(HttpStatus.NOT_FOUND, "notFound"));
	}

	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.headers(headers)
			.body(this.problems.of(HttpStatus.METHOD_NOT_ALLOWED, "methodNotAllowed"));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(this.problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload.tooLarge"));
	}

	/** The statuses Spring maps itself (415, 406, …) still get a localised title. */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
			problem.setProperty("code", "http" + statusCode.value());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ProblemDetail bodyTooLarge() {
		return this.problems.of(HttpStatus.CONTENT_TOO_LARGE, "bodyTooLarge",
				String.valueOf(this.bodyLimits.maxBodySize().toKilobytes()));
	}

	private static boolean isClientsBadParameter(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().equals("org.apache.tomcat.util.http.InvalidParameterException")) {
				return true;
			}
		}
		return false;
	}

	private ResponseEntity<ProblemDetail> badParameter(String name) {
		ProblemDetail problem = this.problems.of(HttpStatus.BAD_REQUEST, "parameter", name);
		problem.setProperty("errors",
				List.of(new FieldProblem(name, this.problems.message("problem.parameter.detail", name))));
		return ResponseEntity.badRequest().body(problem);
	}

	private String resolve(MessageSourceResolvable error) {
		String message = error.getDefaultMessage();
		return message != null ? message : String.join(",", error.getCodes() != null ? error.getCodes() : new String[0]);
	}

	private static String parameterName(@Nullable String name) {
		return name != null ? name : "parameter";
	}

	private static String jsonPath(DatabindException ex) {
		return ex.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

	private static ResponseEntity<Object> body(@Nullable Object problem) {
		ProblemDetail detail = (ProblemDetail) problem;
		return ResponseEntity.status(detail != null ? detail.getStatus() : 400).body(problem);
	}

}
