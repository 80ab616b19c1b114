package jp.hoshin.shared.web;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThreadsTest {

    private static final int HERE =
            RequestThreads.atOnceFor(Runtime.getRuntime().availableProcessors());

    @Test
    void fourPerProcessorAtLeastEight() {
        assertThat(RequestThreads.atOnceFor(1)).isEqualTo(8);
        assertThat(RequestThreads.atOnceFor(2)).isEqualTo(8);
        assertThat(RequestThreads.atOnceFor(8)).isEqualTo(32);
    }

    @Test
    void asManyRequestsAtOnceAsThatByDefaultBeforeEveryOtherFilter() {
        var registration = new RequestThreads(new MockEnvironment()).requestTurns();

        assertThat(registration.getFilter().available()).isEqualTo(HERE);
        assertThat(registration.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
    }

    @Test
    void theDeploymentsNumberWins() {
        var registration =
                new RequestThreads(new MockEnvironment().withProperty(RequestThreads.AT_ONCE, "64")).requestTurns();

        assertThat(registration.getFilter().available()).isEqualTo(64);
    }

    @Test
    void tomcatsTasksRunOnVirtualThreadsByDefault() {
        assertThat(protocol(new MockEnvironment()).getExecutor()).isInstanceOf(VirtualRequestExecutor.class);
    }

    @Test
    void platformThreadsWhenTurnedOff() {
        MockEnvironment off = new MockEnvironment().withProperty(RequestThreads.VIRTUAL, "false");

        assertThat(protocol(off).getExecutor()).isNull();
        assertThat(protocol(off).getMaxThreads()).isEqualTo(200); // Tomcat's own pool; the turns still limit
        assertThat(new RequestThreads(off).requestTurns().getFilter().available())
                .isEqualTo(HERE);
    }

    private static AbstractProtocol<?> protocol(MockEnvironment environment) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new RequestThreads(environment).customize(factory);
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        factory.getConnectorCustomizers().forEach(c -> c.customize(connector));
        return (AbstractProtocol<?>) connector.getProtocolHandler();
    }
}
