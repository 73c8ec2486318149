package vn.cuocthi.platformcore.tenancy;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every request is an {@link AfterRelease} scope: what it deferred runs once its handler (and transaction) is done. */
@ConditionalOnWebApplication
@Component
class AfterReleaseFilter extends OncePerRequestFilter implements Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20; // inside the tenant filter, outside security and the handler
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IOException[] io = new IOException[1];
        ServletException[] servlet = new ServletException[1];
        AfterRelease.scope(() -> {
            try {
                chain.doFilter(request, response);
            } catch (IOException e) {
                io[0] = e;
            } catch (ServletException e) {
                servlet[0] = e;
            }
        });
        if (io[0] != null) {
            throw io[0];
        }
        if (servlet[0] != null) {
            throw servlet[0];
        }
    }
}
