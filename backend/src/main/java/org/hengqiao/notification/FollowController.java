package org.hengqiao.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/follows")
@Tag(name = "Saved and followed", description = "Saving postings (收藏) and following organisations (关注)")
class FollowController {

	private final Following following;

	FollowController(Following following) {
		this.following = following;
	}

	@GetMapping
	@Operation(summary = "What the signed-in person saved and follows and may still see, newest first")
	List<FollowView> list() {
		return this.following.mine();
	}

	@PutMapping("/{target}/{id}")
	@Operation(summary = "Save a public posting or follow a verified organisation (404 for anything else)")
	FollowView follow(@PathVariable FollowTarget target, @PathVariable long id) {
		return this.following.follow(target, id);
	}

	@DeleteMapping("/{target}/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop saving or following")
	void unfollow(@PathVariable FollowTarget target, @PathVariable long id) {
		this.following.unfollow(target, id);
	}

}
