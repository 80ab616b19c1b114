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
        assertThat(maxThreads(new MockEnvironment(), 2)).isEqualTo(12);
        assertThat(maxThreads(new MockEnvironment(), 1)).isEqualTo(12);
        assertThat(maxThreads(new MockEnvironment(), 8)).isEqualTo(48);
    }

    @Test
    void theDeploymentsSettingWins() {
        MockEnvironment set = new MockEnvironment().withProperty(RequestThreads.PROPERTY, "64");
        assertThat(maxThreads(set, 2)).isEqualTo(200); // left as Spring Boot's customizer sets it from the property
    }

    private static int maxThreads(MockEnvironment environment, int processors) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new RequestThreads(environment, processors).customize(factory);
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        factory.getConnectorCustomizers().forEach(c -> c.customize(connector));
        return ((AbstractProtocol<?>) connector.getProtocolHandler()).getMaxThreads();
    }
}
