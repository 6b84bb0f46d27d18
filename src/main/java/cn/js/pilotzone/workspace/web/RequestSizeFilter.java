package cn.js.pilotzone.workspace.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized body with 413 before anything reads it. Tomcat would otherwise drop the
 * parameters of a too-large form silently, and the person would see a misleading CSRF error.
 * The answer is the bilingual container page, written here directly: an error dispatch would read
 * the body's parameters (CSRF, language) and fail on the very size that is refused. File uploads
 * (multipart) have their own, larger limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxFormBody;

    RequestSizeFilter(@Value("${pilotzone.web.max-form-body:1MB}") DataSize maxFormBody) {
        this.maxFormBody = maxFormBody.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > maxFormBody) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.getOutputStream().write(ContainerErrorPage.html());
            return;
        }
        chain.doFilter(request, response);
    }
}
