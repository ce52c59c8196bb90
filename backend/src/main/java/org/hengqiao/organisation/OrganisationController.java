package org.hengqiao.organisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Organisations", description = "Organisation profiles, licence documents and asking for verification")
@RestController
@RequestMapping("/api/v1/organisations/{organisationId}")
class OrganisationController {

	private final OrganisationManagement organisations;

	OrganisationController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@Operation(summary = "The public profile of an organisation")
	@GetMapping
	OrganisationProfile profile(@PathVariable long organisationId, Locale locale) {
		return this.organisations.profile(organisationId, locale);
	}

	@Operation(summary = "Edit the profile (admins); 409 with currentVersion if the version sent is stale")
	@PutMapping
	OrganisationProfile update(@PathVariable long organisationId, @Valid @RequestBody ProfileForm form,
			Locale locale) {
		return this.organisations.updateProfile(organisationId, form.toChange(), locale);
	}

	@Operation(summary = "Upload the business licence as PDF, JPEG or PNG up to 10 MB (admins, before verification)")
	@PutMapping(path = "/licence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	VerificationView uploadLicence(@PathVariable long organisationId, @RequestPart("file") MultipartFile file)
			throws IOException {
		String name = file.getOriginalFilename() != null ? file.getOriginalFilename() : "";
		return this.organisations.uploadLicence(organisationId, file.getInputStream(), name);
	}

	@Operation(summary = "Download the licence (admins of the organisation and operators)")
	@GetMapping("/licence")
	ResponseEntity<InputStreamResource> licence(@PathVariable long organisationId) {
		LicenceFile licence = this.organisations.licence(organisationId);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(licence.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(licence.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString());
		if (licence.size() >= 0) {
			response.contentLength(licence.size());
		}
		return response.body(new InputStreamResource(licence.content()));
	}

	@Operation(summary = "Where verification stands, with the rejection reason (admins and operators)")
	@GetMapping("/verification")
	VerificationView verification(@PathVariable long organisationId) {
		return this.organisations.verification(organisationId);
	}

	@Operation(summary = "Ask the operators to verify the organisation (admins; needs a licence)")
	@PostMapping("/verification-request")
	VerificationView requestVerification(@PathVariable long organisationId) {
		return this.organisations.requestVerification(organisationId);
	}

	@Operation(summary = "Audit trail: verification steps, members joining, roles (admins and operators)")
	@GetMapping("/events")
	List<OrganisationEvents.HistoryEntry> history(@PathVariable long organisationId) {
		return this.organisations.history(organisationId);
	}

	record ProfileForm(@NotNull Long version, @NotBlank @Size(max = OrganisationRules.MAX_NAME) String nameZh,
			@Size(max = OrganisationRules.MAX_NAME) @Nullable String nameEn,
			@NotBlank @Pattern(regexp = "[0-9]{6}") String regionCode, @Nullable IndustrySection industry,
			@Nullable OrganisationSize size,
			@Size(max = OrganisationRules.MAX_WEBSITE) @Pattern(regexp = "(?i)https?://\\S+") @Nullable String website,
			@Size(max = OrganisationRules.MAX_PROFILE) @Nullable String profile) {

		ProfileChange toChange() {
			return new ProfileChange(this.version, this.nameZh, this.nameEn, this.regionCode, this.industry,
					this.size, this.website, this.profile);
		}

	}

}
