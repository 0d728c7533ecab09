package org.agora.portal.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.agora.portal.platform.control.Failures.PayloadTooLarge;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over the configured size with 413, whether the client declares the
 * length or streams it chunked.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "portal.api.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw new PayloadTooLarge(maxBytes);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new PayloadTooLarge(max);
            }
        }
    }
}
