package org.cadre.ballots.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.cadre.ballots.BallotPaper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one hot path of a hall vote, {@code POST /api/v1/votes} with a one-time code, answered before the request
 * enters the observation, security and MVC filter chains, which held two thirds of its CPU time in the benchmark. It
 * needs none of them: the code in the body is the only credential (no session, no cookie, no CSRF token; see
 * {@link BallotEndpoints}), and the answer is a receipt. Only a ballot that is recorded is answered here; anything
 * else (a used or unknown code, a faulty paper, a closed ballot, bad JSON) goes down the regular chain to
 * {@link VotingApi}, which refuses it with the usual localized problem details. Nothing was written by the first
 * attempt in that case, so the second one meets the same refusal.
 */
@Configuration(proxyBeanMethods = false)
class CastingEndpoint {

    static final String PATH = "/api/v1/votes";
    /** A paper is a few kilobytes at most; anything bigger is left to the regular chain and its limits. */
    private static final int MAX_BODY = 256 * 1024;

    @Bean
    FilterRegistrationBean<Filter> castingFastPath(BallotBox box, JsonMapper json) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new FastPath(box, json));
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("castingFastPath");
        return registration;
    }

    static final class FastPath implements Filter {

        private final BallotBox box;
        private final JsonMapper json;

        FastPath(BallotBox box, JsonMapper json) {
            this.box = box;
            this.json = json;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            if (!"POST".equals(request.getMethod()) || request.getContentLength() > MAX_BODY
                    || !(request.getContextPath() + PATH).equals(request.getRequestURI())
                    || !isJson(request.getContentType())) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            String receipt;
            try {
                if (body.length > MAX_BODY) {
                    throw new IllegalArgumentException("body too large");
                }
                VotingApi.CastRequest cast = json.readValue(body, VotingApi.CastRequest.class);
                receipt = box.castWithCode(cast.code(), new BallotPaper(cast.answers()));
            } catch (RuntimeException refused) {
                chain.doFilter(new ReadAgain(request, body), response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_CREATED);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            // the headers Spring Security writes on every API answer
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-XSS-Protection", "0");
            byte[] answer = json.writeValueAsBytes(Map.of("receipt", receipt));
            response.setContentLength(answer.length);
            response.getOutputStream().write(answer);
        }

        private static boolean isJson(String contentType) {
            return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        }
    }

    /** The request with its body, already read once, to be read again by the regular chain. */
    static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The body is all in memory: it is available at once, and then read to its end. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
