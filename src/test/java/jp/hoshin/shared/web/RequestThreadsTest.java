package jp.hoshin.shared.web;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThreadsTest {

    @Test
    void sixPerProcessorAtLeastTwelve() {
        assertThat(RequestThreads.threadsFor(1)).isEqualTo(12);
        assertThat(RequestThreads.threadsFor(2)).isEqualTo(12);
        assertThat(RequestThreads.threadsFor(8)).isEqualTo(48);
        assertThat(maxThreads(new MockEnvironment()))
                .isEqualTo(RequestThreads.threadsFor(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void theDeploymentsSettingWins() {
        MockEnvironment set = new MockEnvironment().withProperty(RequestThreads.PROPERTY, "64");
        assertThat(maxThreads(set))
                .isEqualTo(200); // Tomcat's own value: nothing added; Spring Boot applies the property
    }

    private static int maxThreads(MockEnvironment environment) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new RequestThreads(environment).customize(factory);
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        factory.getConnectorCustomizers().forEach(c -> c.customize(connector));
        return ((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads();
    }
}
