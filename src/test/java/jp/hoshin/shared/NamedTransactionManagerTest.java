package jp.hoshin.shared;

import java.lang.reflect.Method;

import jp.hoshin.municipality.Municipalities;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class NamedTransactionManagerTest {

    @Autowired
    TransactionInterceptor interceptor;

    @Autowired
    Municipalities municipalities;

    @Test
    void theApplicationsTransactionalMethodsNameItsOneManager() throws Exception {
        Method get = Municipalities.class.getMethod("get", String.class);

        TransactionAttribute attribute =
                interceptor.getTransactionAttributeSource().getTransactionAttribute(get, Municipalities.class);

        assertThat(attribute).isNotNull();
        assertThat(attribute.getQualifier()).isEqualTo("transactionManager");
        assertThat(attribute.isReadOnly()).isTrue();
        // the manager is found by that name: the call runs (it would fail without a bean of that name)
        assertThat(municipalities.get("990001").code()).isEqualTo("990001");
    }

    @Test
    void anAttributeKeepsWhatItSaysAndAManagerItNames() throws Exception {
        var named = new NamedTransactionManager.Named(new AnnotationTransactionAttributeSource(), "transactionManager");

        TransactionAttribute plain = named.getTransactionAttribute(Service.class.getMethod("read"), Service.class);
        TransactionAttribute own = named.getTransactionAttribute(Service.class.getMethod("write"), Service.class);

        assertThat(plain.getQualifier()).isEqualTo("transactionManager");
        assertThat(plain.isReadOnly()).isTrue();
        assertThat(plain.getTimeout()).isEqualTo(7);
        assertThat(plain.rollbackOn(new IllegalStateException())).isFalse();
        assertThat(plain.rollbackOn(new Exception())).isTrue();
        assertThat(own.getQualifier()).isEqualTo("other");
        assertThat(named.getTransactionAttribute(Service.class.getMethod("none"), Service.class))
                .isNull();
    }

    static class Service {

        @Transactional(
                readOnly = true,
                timeout = 7,
                noRollbackFor = IllegalStateException.class,
                rollbackFor = Exception.class)
        public void read() {}

        @Transactional("other")
        public void write() {}

        public void none() {}
    }
}
