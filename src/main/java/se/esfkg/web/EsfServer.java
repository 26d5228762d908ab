package se.esfkg.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import se.esfkg.serve.LiveData;
import se.esfkg.serve.SparqlEndpoint;

/**
 * A running esf-kg server: the site and the SPARQL endpoint of one data folder on one port.
 *
 * <pre>
 * try (EsfServer server = EsfServer.start(Map.of("esf.data", data, "server.port", 0))) {
 *     Http.get(server.url("/id/project/x"), "text/turtle");
 * }
 * </pre>
 * Settings are the keys of {@code application.yml} ({@code esf.*}, {@code server.*}); those given
 * here win over the environment and the file, as command-line options do.
 */
public final class EsfServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final CountDownLatch closed = new CountDownLatch(1);

    private EsfServer(ConfigurableApplicationContext context) {
        this.context = context;
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
    }

    public static EsfServer start(Map<String, ?> settings) {
        Map<String, Object> ordered = new LinkedHashMap<>(settings);
        String[] args = ordered.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplication app = new SpringApplication(SiteApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        return new EsfServer(app.run(args));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** {@code http://localhost:<port>} followed by {@code path}. */
    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** The SPARQL endpoint, e.g. {@code http://localhost:3030/esf/sparql}. */
    public String endpoint() {
        return url(SparqlEndpoint.DATASET + "/sparql");
    }

    public String datasetUrl() {
        return url(SparqlEndpoint.DATASET);
    }

    public LiveData liveData() {
        return context.getBean(LiveData.class);
    }

    public SiteSettings settings() {
        return context.getBean(SiteSettings.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Blocks until the server is closed (by {@link #close} or the JVM's shutdown hook). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        context.close();
    }
}
