package jp.hoshin.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.handler.SimpleMappingExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;

class ReadOnlyPagesTest {

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final ReadOnlyPages pages = pages(transactions);
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/m/132047/2020/departments");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private static ReadOnlyPages pages(PlatformTransactionManager manager) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("transactions", manager);
        return new ReadOnlyPages(beans.getBeanProvider(PlatformTransactionManager.class));
    }

    @Test
    void aReadOnlyPageReadsInOneReadOnlyScopeThatEndsBeforeItIsRendered() throws Exception {
        HandlerMethod handler = new HandlerMethod(new Handlers(), "page");

        pages.preHandle(request, response, handler);
        // read-only and synchronised (one connection, remembered lookups), but no transaction begun: the page's
        // statements run one by one (shared.PageReadTransactions)
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isTrue();
        assertThat(TransactionSynchronizationManager.isCurrentTransactionReadOnly())
                .isTrue();
        assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                .isFalse();
        recordCompletion();
        pages.postHandle(request, response, handler, null);
        assertThat(transactions.events).containsExactly("completed: committed");
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();

        pages.afterCompletion(request, response, handler, null);
        assertThat(transactions.events).containsExactly("completed: committed");
    }

    /** What a page's scope ends with, as a resource bound in it (a connection, a memo) learns it. */
    private void recordCompletion() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                transactions.events.add("completed: " + (status == STATUS_COMMITTED ? "committed" : "rolled back"));
            }
        });
    }

    @Test
    void aHandlerThatFailedEndsItsTransactionBeforeAnyErrorPageIsWritten() throws Exception {
        HandlerMethod handler = new HandlerMethod(new Handlers(), "page");
        List<HandlerExceptionResolver> resolvers = new ArrayList<>(List.of(new SimpleMappingExceptionResolver()));
        pages.extendHandlerExceptionResolvers(resolvers);

        pages.preHandle(request, response, handler);
        recordCompletion();
        IllegalStateException failure = new IllegalStateException("failed");
        // the dispatcher asks the resolvers in order; the first one's answer is null, so the next one writes the page
        assertThat(resolvers.getFirst().resolveException(request, response, handler, failure))
                .isNull();

        // a commit of the session while the error page is written would need a connection of its own
        assertThat(transactions.events).containsExactly("completed: rolled back");
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
        pages.afterCompletion(request, response, handler, failure);
        assertThat(transactions.events).containsExactly("completed: rolled back");
    }

    @Test
    void aHandlerThatFailedUnresolvedEndsItsTransactionAfterwards() throws Exception {
        HandlerMethod handler = new HandlerMethod(new Handlers(), "page");

        pages.preHandle(request, response, handler);
        recordCompletion();
        pages.afterCompletion(request, response, handler, new IllegalStateException("failed"));

        assertThat(transactions.events).containsExactly("completed: rolled back");
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
    }

    @Test
    void otherHandlersAreLeftToTheirOwnTransactions() throws Exception {
        HandlerMethod handler = new HandlerMethod(new Handlers(), "form");

        pages.preHandle(request, response, handler);
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
        pages.postHandle(request, response, handler, null);
        pages.afterCompletion(request, response, handler, null);

        assertThat(transactions.events).isEmpty();
    }

    @Test
    void aHandlerThatWritesItsOwnBodyKeepsToItsAnnotationsTransaction() throws Exception {
        for (String name : List.of("json", "download")) {
            HandlerMethod handler = new HandlerMethod(new Handlers(), name);

            pages.preHandle(request, response, handler);
            pages.afterCompletion(request, response, handler, null);
        }

        assertThat(transactions.events).isEmpty();
    }

    @Test
    void withoutADatabaseNothingIsBegun() throws Exception {
        ReadOnlyPages withoutDatabase =
                new ReadOnlyPages(new DefaultListableBeanFactory().getBeanProvider(PlatformTransactionManager.class));
        HandlerMethod handler = new HandlerMethod(new Handlers(), "page");

        withoutDatabase.preHandle(request, response, handler);
        withoutDatabase.afterCompletion(request, response, handler, null);

        assertThat(TransactionSynchronizationManager.isActualTransactionActive())
                .isFalse();
    }

    static class Handlers {
        @ReadOnlyPage
        public String page() {
            return "site/departments";
        }

        public String form() {
            return "site/comment-form";
        }

        @ReadOnlyPage
        @ResponseBody
        public String json() {
            return "{}";
        }

        @ReadOnlyPage
        public ResponseEntity<byte[]> download() {
            return ResponseEntity.ok(new byte[0]);
        }
    }

    /** Records what the interceptor asks of the transaction manager (no database: nothing here reads). */
    static final class RecordingTransactions extends AbstractPlatformTransactionManager {

        final List<String> events = new ArrayList<>();
        private Transaction current;

        static final class Transaction implements SmartTransactionObject {
            boolean rollbackOnly;

            @Override
            public boolean isRollbackOnly() {
                return rollbackOnly;
            }

            @Override
            public void flush() {}
        }

        @Override
        protected Object doGetTransaction() {
            return current != null ? current : new Transaction();
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return transaction == current;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            current = (Transaction) transaction;
            events.add(definition.isReadOnly() ? "begin read-only" : "begin");
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            events.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            events.add("rollback");
        }

        @Override
        protected void doSetRollbackOnly(DefaultTransactionStatus status) {
            ((Transaction) status.getTransaction()).rollbackOnly = true;
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            current = null;
        }
    }
}
