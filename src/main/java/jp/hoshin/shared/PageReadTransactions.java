package jp.hoshin.shared;

import jakarta.persistence.EntityManagerFactory;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DelegatingTransactionDefinition;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hoshin's one transaction manager: JPA's, except that a page's reads take no database transaction (issue 19).
 *
 * <p>A page that only reads ({@code shared.web.ReadOnlyPage}) begins a read-only scope without a transaction
 * ({@code PROPAGATION_SUPPORTS}, read-only): its statements run one by one, each in its own implicit
 * transaction, and share one pooled connection until the scope ends. That spares PostgreSQL a {@code BEGIN} and a
 * {@code COMMIT} (a round trip) per page, and Hoshin the Hibernate session that a JPA transaction opens even for a page
 * that reads with plain SQL. A page reads what it read before: under READ COMMITTED, PostgreSQL's level and Hoshin's,
 * every statement of a transaction takes a snapshot of its own as well.
 *
 * <p>Inside such a scope, a read-only method that asks for a transaction ({@code @Transactional(readOnly = true)},
 * Spring Data's finders) joins the scope instead of beginning one of its own. Any other transaction (one that may
 * write, or asks for a new one) begins as it would anywhere, in a transaction of its own; {@code ReadOnlyPage}'s
 * contract is that its handler never writes. Outside a page's scope nothing is changed.
 */
@Configuration(proxyBeanMethods = false)
class PageReadTransactions {

    /** In place of Spring Boot's JPA transaction manager, made and customised as Boot makes it. */
    @Bean
    PlatformTransactionManager transactionManager(
            EntityManagerFactory entityManagerFactory, ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager jpa = new JpaTransactionManager(entityManagerFactory);
        customizers.ifAvailable(c -> c.customize(jpa));
        jpa.afterPropertiesSet();
        return new Manager(jpa);
    }

    /** Whether the current thread is in a page's read scope: synchronised, read-only, and no transaction begun. */
    static boolean inPageReads() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    /** JPA's manager, a read-only transaction in a page's read scope joining the scope. */
    record Manager(JpaTransactionManager jpa) implements ResourceTransactionManager {

        @Override
        public TransactionStatus getTransaction(@Nullable TransactionDefinition definition)
                throws TransactionException {
            if (definition != null
                    && definition.isReadOnly()
                    && definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRED
                    && inPageReads()) {
                return jpa.getTransaction(new DelegatingTransactionDefinition(definition) {
                    @Override
                    public int getPropagationBehavior() {
                        return PROPAGATION_SUPPORTS;
                    }
                });
            }
            return jpa.getTransaction(definition);
        }

        @Override
        public void commit(TransactionStatus status) throws TransactionException {
            jpa.commit(status);
        }

        @Override
        public void rollback(TransactionStatus status) throws TransactionException {
            jpa.rollback(status);
        }

        @Override
        public Object getResourceFactory() {
            return jpa.getResourceFactory();
        }
    }
}
