package org.hengqiao.connect;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hengqiao.system.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/postings/{postingId}/nda")
@Tag(name = "Conversations",
		description = "Conversations opened by accepted interests: messages, files, read receipts, NDA")
class NdaController {

	private final Ndas ndas;

	NdaController(Ndas ndas) {
		this.ndas = ndas;
	}

	@PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach or replace the NDA of a need or result (owner; a PDF of at most 10 MB)",
			description = "The other side of an accepted interest must accept it before reading the posting's "
					+ "confidential details.")
	StoredDocument attach(@PathVariable long postingId, @RequestPart("file") MultipartFile file) {
		try {
			return this.ndas.attach(postingId, new Upload(file.getInputStream(), file.getOriginalFilename()));
		}
		catch (IOException ex) {
			throw InvalidInput.of("file", "attachment.empty");
		}
	}

	@GetMapping
	@Operation(summary = "The posting's current NDA (owner); 204 when there is none")
	ResponseEntity<StoredDocument> current(@PathVariable long postingId) {
		return this.ndas.current(postingId).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

}
