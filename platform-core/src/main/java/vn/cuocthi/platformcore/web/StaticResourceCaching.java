package vn.cuocthi.platformcore.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a phone may keep a stylesheet, script or image. Pages link them under content-hashed names
 * ({@code app-<md5>.css}, the resource chain's content strategy): such a name never changes meaning, so it is cached
 * for a year and never asked again on 3G. Any other static path (an old bookmark, {@code /favicon.ico}) keeps the
 * configured revalidation ({@code no-cache} with Last-Modified, answered 304), so a deployment never serves a stale look.
 */
public final class StaticResourceCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern CONTENT_HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!CONTENT_HASHED.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
