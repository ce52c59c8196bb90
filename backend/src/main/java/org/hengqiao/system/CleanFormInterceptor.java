package org.hengqiao.system;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Holds form fields and the names of uploaded files to {@link CleanText}, as {@link CleanTextModule} holds JSON
 * bodies: the multipart body is parsed only once MVC has it, so this runs before the handler rather than in a
 * filter. A refusal is a 400 naming the form field (for a file, the part that carried it).
 */
@Configuration(proxyBeanMethods = false)
class CleanFormInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (!CleanText.isClean(value)) {
					throw InvalidInput.of(parameter.getKey(), CleanText.MESSAGE);
				}
			}
		}
		if (request instanceof MultipartHttpServletRequest multipart) {
			for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
				for (MultipartFile file : part.getValue()) {
					String name = file.getOriginalFilename();
					if (name != null && !CleanText.isClean(name)) {
						throw InvalidInput.of(part.getKey(), CleanText.MESSAGE);
					}
				}
			}
		}
		return true;
	}

}
