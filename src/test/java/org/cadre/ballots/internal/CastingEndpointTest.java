package org.cadre.ballots.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A refused cast goes down the regular chain with its body, which was already read once, to be read again. */
class CastingEndpointTest {

    @Test
    void the_regular_chain_reads_the_same_body_again_blocking_or_by_listener() throws Exception {
        byte[] body = "{\"code\":\"7KQM-3XH9-PA2D\"}".getBytes(StandardCharsets.UTF_8);
        CastingEndpoint.ReadAgain request = new CastingEndpoint.ReadAgain(new MockHttpServletRequest(), body);

        assertThat(request.getInputStream().readAllBytes()).isEqualTo(body);
        assertThat(request.getReader().readLine()).isEqualTo("{\"code\":\"7KQM-3XH9-PA2D\"}");
        assertThat(request.getContentLengthLong()).isEqualTo(body.length);

        ServletInputStream async = request.getInputStream();
        List<String> calls = new ArrayList<>();
        async.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws java.io.IOException {
                calls.add("available " + async.isReady() + " " + new String(async.readAllBytes(), StandardCharsets.UTF_8));
            }

            @Override
            public void onAllDataRead() {
                calls.add("all read " + async.isFinished());
            }

            @Override
            public void onError(Throwable t) {
                calls.add("error");
            }
        });
        assertThat(calls).containsExactly("available true {\"code\":\"7KQM-3XH9-PA2D\"}", "all read true");
    }
}
