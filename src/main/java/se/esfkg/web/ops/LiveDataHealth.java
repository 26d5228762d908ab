package se.esfkg.web.ops;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import se.esfkg.serve.Generation;
import se.esfkg.serve.LiveData;

/**
 * Health and readiness name the live database generation: up when it answers a query, with the
 * generation id, its folder and when it went live ({@code /actuator/health/readiness}).
 */
@Component("liveDataHealthIndicator")
class LiveDataHealth implements HealthIndicator {

    private final LiveData live;

    LiveDataHealth(LiveData live) {
        this.live = live;
    }

    @Override
    public Health health() {
        try {
            return live.read((dsg, generation) -> {
                boolean answers = dsg.find().hasNext();
                return (answers ? Health.up() : Health.down().withDetail("reason", "the live database is empty"))
                        .withDetail("generation", generation.id())
                        .withDetail("liveSince", generation.liveSince().toString())
                        .withDetail("database", generation.directory().toString())
                        .build();
            });
        } catch (RuntimeException e) {
            Generation g = live.generation();
            return Health.down(e).withDetail("generation", g.id()).build();
        }
    }
}
