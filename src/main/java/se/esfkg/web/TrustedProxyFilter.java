package se.esfkg.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.eclipse.jetty.util.InetAddressSet;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Honours {@code Forwarded} and {@code X-Forwarded-*} only from the configured proxies; from anyone else
 * they are removed before the site or the endpoint sees them, so a client cannot make the server write
 * another host into its links and its service description.
 */
final class TrustedProxyFilter extends OncePerRequestFilter {

    private final InetAddressSet trusted = new InetAddressSet();
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter strip = new ForwardedHeaderFilter();

    TrustedProxyFilter(List<String> proxies) {
        proxies.forEach(p -> {
            if (!trusted.add(p.strip())) {
                throw new IllegalArgumentException("esf.trusted-proxies: " + p + " is listed twice");
            }
        });
        strip.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        (fromTrustedProxy(request) ? apply : strip).doFilter(request, response, chain);
    }

    private boolean fromTrustedProxy(HttpServletRequest request) {
        if (trusted.isEmpty()) {
            return false;
        }
        try {
            // The peer's address is a literal, so this parses it without a DNS lookup.
            return trusted.test(InetAddress.getByName(request.getRemoteAddr()));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
