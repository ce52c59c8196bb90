package org.hengqiao.posting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hengqiao.system.InvalidInput;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/{collection:needs|results}/{id}/attachments")
@Tag(name = "Attachments", description = "PDFs and images attached to needs and results")
class AttachmentController {

	private final PostingAttachments attachments;

	AttachmentController(PostingAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping
	@Operation(summary = "The files attached to a posting")
	List<PostingView.AttachmentView> list(@PathVariable String collection, @PathVariable long id) {
		return this.attachments.list(PostingController.kind(collection), id);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a PDF, JPEG, PNG or WebP file of at most 10 MB (owner; an edit of the posting)")
	ResponseEntity<PostingView.AttachmentView> add(@PathVariable String collection, @PathVariable long id,
			@RequestPart("file") MultipartFile file) {
		try {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(this.attachments.add(PostingController.kind(collection), id, file.getInputStream(),
						file.getOriginalFilename()));
		}
		catch (IOException ex) {
			throw InvalidInput.of("file", "attachment.empty");
		}
	}

	@GetMapping("/{attachmentId}")
	@Operation(summary = "Download a file, if the caller may see the posting's contact details")
	ResponseEntity<InputStreamResource> download(@PathVariable String collection, @PathVariable long id,
			@PathVariable long attachmentId) {
		PostingAttachments.Download file = this.attachments.download(PostingController.kind(collection), id,
				attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

	@DeleteMapping("/{attachmentId}")
	@Operation(summary = "Remove a file (owner; an edit of the posting)")
	ResponseEntity<Void> remove(@PathVariable String collection, @PathVariable long id,
			@PathVariable long attachmentId) {
		this.attachments.remove(PostingController.kind(collection), id, attachmentId);
		return ResponseEntity.noContent().build();
	}

}
