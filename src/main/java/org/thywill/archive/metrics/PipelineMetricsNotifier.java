package org.thywill.archive.metrics;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeSentEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.thywill.archive.bundle.BundleResult;
import org.thywill.archive.importing.DropOutcome;
import org.thywill.archive.importing.FileOutcome;
import org.thywill.archive.importing.ImportReport;
import org.thywill.archive.importing.PrayerJsonReport;

/**
 * Feeds {@link PipelineMetrics} from the routes, without touching the services: when a send to one of the pipeline's
 * {@code direct:} routes has finished (Camel's {@link ExchangeSentEvent}: a route's {@code to}, or a CLI or test
 * producer), the result it left in the body is counted:
 * <ul>
 *   <li>{@code direct:import-text-archives} → its {@link ImportReport} (CLI import, {@code sync-archives});</li>
 *   <li>{@code direct:import-archive-file} → its {@link FileOutcome} (the archive watcher);</li>
 *   <li>{@code direct:import-prayers-json} → its {@link PrayerJsonReport}: the prayers and users it inserted (the
 *       archive files it writes are then the watcher's, which finds nothing more to insert);</li>
 *   <li>{@code direct:import-drop} → its {@link DropOutcome}'s report and an imported drop; a drop that failed throws
 *       and leaves no report: a rejected drop (its files are not counted one by one);</li>
 *   <li>{@code direct:build-community-bundle}, {@code direct:build-member-bundle} → a bundle build, a success when
 *       a {@link BundleResult} came back, a failure when the exchange failed.</li>
 * </ul>
 */
public final class PipelineMetricsNotifier extends EventNotifierSupport {

    private final PipelineMetrics metrics;

    public PipelineMetricsNotifier(PipelineMetrics metrics) {
        this.metrics = metrics;
        setIgnoreCamelContextEvents(true);
        setIgnoreCamelContextInitEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeSentEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        ExchangeSentEvent sent = (ExchangeSentEvent) event;
        String route = directName(sent.getEndpoint().getEndpointUri());
        if (route == null) {
            return;
        }
        Exchange exchange = sent.getExchange();
        Object body = exchange.getMessage().getBody();
        switch (route) {
            case "import-text-archives" -> {
                if (body instanceof ImportReport report) {
                    metrics.imported(report);
                }
            }
            case "import-archive-file" -> {
                if (body instanceof FileOutcome outcome) {
                    metrics.imported(outcome);
                }
            }
            case "import-prayers-json" -> {
                if (body instanceof PrayerJsonReport report) {
                    metrics.imported(report);
                }
            }
            case "import-drop" -> {
                if (exchange.getException() == null && body instanceof DropOutcome drop) {
                    metrics.imported(drop.imported());
                    metrics.imported(drop.prayers());
                    metrics.drop(true);
                } else {
                    metrics.drop(false);
                }
            }
            case "build-community-bundle" -> bundle(PipelineMetrics.BundleKind.COMMUNITY, exchange, body);
            case "build-member-bundle" -> bundle(PipelineMetrics.BundleKind.MEMBER, exchange, body);
            default -> {
            }
        }
    }

    private void bundle(PipelineMetrics.BundleKind kind, Exchange exchange, Object body) {
        metrics.bundleBuilt(kind, exchange.getException() == null && body instanceof BundleResult);
    }

    /** {@code direct://import-drop?x=y} → {@code import-drop}; null for any other component. */
    static String directName(String uri) {
        if (uri == null || !uri.startsWith("direct:")) {
            return null;
        }
        String name = uri.substring("direct:".length());
        if (name.startsWith("//")) {
            name = name.substring(2);
        }
        int q = name.indexOf('?');
        return q < 0 ? name : name.substring(0, q);
    }
}
