package se.esfkg.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which clients may tell the server its public address with {@code X-Forwarded-*} and {@code Forwarded}
 * headers, {@code esf.trusted-proxies} (docs/deploy.md).
 *
 * @param trustedProxies addresses, CIDR blocks ({@code 10.0.0.0/8}) or ranges ({@code 192.168.1.10-20}) of the
 *        reverse proxies in front; empty (the default) honours no forwarded header from anyone
 */
@ConfigurationProperties("esf")
public record ForwardingSettings(@DefaultValue List<String> trustedProxies) {

    public ForwardingSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }
}
