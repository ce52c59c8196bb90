package org.hengqiao.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations",
		description = "Conversations opened by accepted interests: messages, files, read receipts, NDA")
class ConversationController {

	private final Conversations conversations;

	private final Ndas ndas;

	ConversationController(Conversations conversations, Ndas ndas) {
		this.conversations = conversations;
		this.ndas = ndas;
	}

	@GetMapping
	@Operation(summary = "The caller's organisation's conversations, newest activity first, with unread counts")
	Inbox inbox() {
		return this.conversations.inbox();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A conversation (its two organisations and an overseeing broker; 404 for everyone else)")
	ConversationView find(@PathVariable long id) {
		return this.conversations.find(id);
	}

	@GetMapping("/{id}/messages")
	@Operation(summary = "The conversation's messages, oldest first, with read receipts; with after, only those "
			+ "after that message id (polled by an open conversation page)")
	List<MessageView> messages(@PathVariable long id, @RequestParam(required = false) @Nullable Long after) {
		return this.conversations.messages(id, after);
	}

	@PostMapping(path = "/{id}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Post a message: text of at most 5000 characters and up to 10 PDF or image files of at "
			+ "most 10 MB each")
	ResponseEntity<MessageView> post(@PathVariable long id, @RequestParam(required = false) @Nullable String text,
			@RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		try {
			for (MultipartFile file : files != null ? files : List.<MultipartFile>of()) {
				uploads.add(new Upload(file.getInputStream(), file.getOriginalFilename()));
			}
		}
		catch (IOException ex) {
			throw InvalidInput.of("files", "attachment.empty");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.conversations.post(id, text, uploads));
	}

	@PostMapping(path = "/{id}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Post a text message")
	ResponseEntity<MessageView> postText(@PathVariable long id, @RequestBody TextMessage body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.conversations.post(id, body.text(), List.of()));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Mark the conversation read by the caller's organisation, up to a message or its latest")
	ResponseEntity<Void> read(@PathVariable long id, @RequestBody(required = false) @Nullable ReadMark body) {
		this.conversations.read(id, body != null ? body.upToMessageId() : null);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@Operation(summary = "Download a file sent in the conversation")
	ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return send(this.conversations.attachment(id, attachmentId));
	}

	@GetMapping("/{id}/nda")
	@Operation(summary = "The posting's NDA, whether the caller must accept it, and the acceptances so far")
	ConversationView.Nda nda(@PathVariable long id) {
		return this.conversations.find(id).nda();
	}

	@GetMapping("/{id}/nda/document")
	@Operation(summary = "Download the posting's NDA")
	ResponseEntity<InputStreamResource> ndaDocument(@PathVariable long id) {
		return send(this.ndas.download(id));
	}

	@PostMapping("/{id}/nda/acceptance")
	@Operation(summary = "Accept the posting's current NDA (interested side); recorded with the document's digest")
	ConversationView.Nda acceptNda(@PathVariable long id) {
		return this.ndas.accept(id);
	}

	@GetMapping("/{id}/confidential-details")
	@Operation(summary = "The posting's confidential details (403 until the NDA, if any, is accepted)")
	ConversationView.Confidential confidential(@PathVariable long id) {
		return this.ndas.confidentialDetails(id);
	}

	static ResponseEntity<InputStreamResource> send(Download file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

	record TextMessage(@Nullable String text) {
	}

	record ReadMark(@Nullable Long upToMessageId) {
	}

}
