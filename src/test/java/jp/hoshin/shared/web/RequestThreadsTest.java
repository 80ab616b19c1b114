package jp.hoshin.shared.web;

import java.util.concurrent.Executor;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThreadsTest {

    private static final int HERE =
            RequestThreads.threadsFor(Runtime.getRuntime().availableProcessors());

    @Test
    void fourPerProcessorAtLeastEight() {
        assertThat(RequestThreads.threadsFor(1)).isEqualTo(8);
        assertThat(RequestThreads.threadsFor(2)).isEqualTo(8);
        assertThat(RequestThreads.threadsFor(8)).isEqualTo(32);
    }

    @Test
    void requestsRunOnVirtualThreadsAsManyAtOnceAsThatByDefault() {
        AbstractProtocol<?> protocol = protocol(new MockEnvironment());

        assertThat(protocol.getExecutor())
                .isInstanceOfSatisfying(
                        VirtualRequestExecutor.class,
                        e -> assertThat(e.available()).isEqualTo(HERE));
    }

    @Test
    void theDeploymentsNumberWinsOnVirtualThreads() {
        Executor executor = protocol(new MockEnvironment().withProperty(RequestThreads.PROPERTY, "64"))
                .getExecutor();

        assertThat(executor)
                .isInstanceOfSatisfying(
                        VirtualRequestExecutor.class,
                        e -> assertThat(e.available()).isEqualTo(64));
    }

    @Test
    void platformThreadsWhenTurnedOff() {
        MockEnvironment off = new MockEnvironment().withProperty(RequestThreads.VIRTUAL, "false");
        assertThat(protocol(off).getExecutor()).isNull();
        assertThat(protocol(off).getMaxThreads()).isEqualTo(HERE);

        off.setProperty(RequestThreads.PROPERTY, "64");
        assertThat(protocol(off).getMaxThreads())
                .isEqualTo(200); // Tomcat's own value: nothing added; Spring Boot applies the property
    }

    private static AbstractProtocol<?> protocol(MockEnvironment environment) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new RequestThreads(environment).customize(factory);
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        factory.getConnectorCustomizers().forEach(c -> c.customize(connector));
        return (AbstractProtocol<?>) connector.getProtocolHandler();
    }
}
