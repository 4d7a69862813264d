package dev.ophamin.serve;

import dev.ophamin.canonical.PythonJsonWriter;
import dev.ophamin.service.OphaminService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code ophamin serve}: Jetty with one connector, the {@link HttpApi} handler, limits on body size,
 * idle time and concurrent runs, and a bearer token whenever it listens beyond loopback.
 */
public final class ApiServer implements AutoCloseable {
    /** Settings; see docs/serve.md. */
    public record Settings(String host, int port, Path root, Path out, String token, long maxBody, int maxRuns,
                           Duration idleTimeout, Duration shutdownGrace) {
    }

    private final Server server;
    private final Jobs jobs;
    private final Settings settings;

    private ApiServer(Server server, Jobs jobs, Settings settings) {
        this.server = server;
        this.jobs = jobs;
        this.settings = settings;
    }

    /** True when {@code host} names only this machine. */
    public static boolean loopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts serving; the port is bound when this returns (port 0 picks a free one: see {@link #port()}). */
    public static ApiServer start(OphaminService service, Settings s) throws Exception {
        if (s.token() == null && !loopback(s.host())) {
            throw new IllegalArgumentException("serving on " + s.host() + " (not loopback) needs --token-file");
        }
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("ophamin-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(s.host());
        connector.setPort(s.port());
        connector.setIdleTimeout(s.idleTimeout().toMillis());
        server.addConnector(connector);
        Jobs jobs = new Jobs(service, s.out(), s.maxRuns());
        server.setHandler(new HttpApi(service, jobs, s.root(), s.maxBody(), s.token(), openApi()));
        server.setErrorHandler(new ProblemErrors());
        server.setStopTimeout(s.shutdownGrace().toMillis());
        server.start();
        return new ApiServer(server, jobs, s);
    }

    /** The bound port. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /**
     * Stops taking connections, lets running scenario runs finish within the grace period (those
     * still running after it are marked interrupted), then stops. Returns how many were interrupted.
     */
    public int stop() throws Exception {
        server.getConnectors()[0].stop();
        int interrupted = jobs.shutdown(settings.shutdownGrace());
        server.stop();
        return interrupted;
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** spec/openapi.json, as packaged into the jar. */
    static byte[] openApi() {
        try (InputStream in = ApiServer.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors Jetty raises itself (a malformed request line, say) as problem documents too. */
    private static final class ProblemErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
            Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
            int code = status instanceof Integer ? (Integer) status : response.getStatus();
            Problem p = new Problem(code, "http-" + code, "HTTP " + code, message == null ? "" : message.toString());
            response.setStatus(code);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
            response.write(true, ByteBuffer.wrap(PythonJsonWriter.toBytes(p.json(Request.getPathInContext(request)),
                    PythonJsonWriter.Layout.CANONICAL)), callback);
            return true;
        }
    }
}
