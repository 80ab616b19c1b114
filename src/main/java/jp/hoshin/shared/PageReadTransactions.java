package jp.hoshin.shared;

import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.ConnectionHandle;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DelegatingTransactionDefinition;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hoshin's one transaction manager: JPA's, except that a page's reads take no database transaction (issue 19).
 *
 * <p>A page that only reads ({@code shared.web.ReadOnlyPage}) begins a read-only scope without a transaction
 * ({@code PROPAGATION_SUPPORTS}, read-only): its statements run one by one, each in its own implicit
 * transaction, on one pooled connection that JPA's reads and plain SQL share until the scope ends, as in a JPA
 * transaction. That spares PostgreSQL a {@code BEGIN} and a {@code COMMIT} (a round trip) per page, and Hoshin the work
 * of both. A page reads what it read before: under READ COMMITTED, PostgreSQL's level and Hoshin's,
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

    /**
     * JPA's manager, with a page's read scope: begun without a transaction and holding one session and its connection
     * (taken from the pool at the first statement), for JPA's reads and plain SQL alike; a read-only transaction asked
     * for inside joins it.
     */
    record Manager(JpaTransactionManager jpa) implements ResourceTransactionManager {

        @Override
        public TransactionStatus getTransaction(@Nullable TransactionDefinition definition)
                throws TransactionException {
            if (definition != null && definition.isReadOnly()) {
                if (definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRED
                        && inPageReads()) {
                    return jpa.getTransaction(new DelegatingTransactionDefinition(definition) {
                        @Override
                        public int getPropagationBehavior() {
                            return PROPAGATION_SUPPORTS;
                        }
                    });
                }
                if (definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_SUPPORTS
                        && !TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionStatus page = jpa.getTransaction(definition);
                    shareOneConnection();
                    return page;
                }
            }
            return jpa.getTransaction(definition);
        }

        /**
         * Binds one read-only session and its connection to the scope, as a JPA transaction binds them, so that
         * repositories and plain SQL read on one connection: without it, each would take a connection of its own from
         * the pool, two at once.
         */
        private void shareOneConnection() {
            EntityManagerFactory factory = Objects.requireNonNull(jpa.getEntityManagerFactory());
            EntityManager entityManager = factory.createEntityManager();
            Session hibernate = entityManager.unwrap(Session.class);
            hibernate.setDefaultReadOnly(true);
            hibernate.setHibernateFlushMode(FlushMode.MANUAL);
            ConnectionHandle connection;
            try {
                connection = jpa.getJpaDialect().getJdbcConnection(entityManager, true);
            } catch (SQLException ex) {
                EntityManagerFactoryUtils.closeEntityManager(entityManager);
                throw new CannotCreateTransactionException("ページの読み取りに接続を用意できませんでした", ex);
            }
            EntityManagerHolder session = new EntityManagerHolder(entityManager);
            ConnectionHolder connectionHolder = new ConnectionHolder(connection);
            // held for the scope, as JPA's and JDBC's own holders are: a transaction begun inside (a write) takes a
            // session and a connection of its own, not these
            session.setSynchronizedWithTransaction(true);
            connectionHolder.setSynchronizedWithTransaction(true);
            Shared shared = new Shared(factory, session, jpa.getDataSource(), connectionHolder);
            shared.bind();
            TransactionSynchronizationManager.registerSynchronization(shared);
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

    /** A page scope's session and connection: unbound while a transaction of its own runs inside, closed at its end. */
    private record Shared(
            EntityManagerFactory factory,
            EntityManagerHolder session,
            @Nullable DataSource dataSource,
            ConnectionHolder connection)
            implements TransactionSynchronization {

        void bind() {
            TransactionSynchronizationManager.bindResource(factory, session);
            if (dataSource != null) {
                TransactionSynchronizationManager.bindResource(dataSource, connection);
            }
        }

        @Override
        public void suspend() {
            unbind();
        }

        @Override
        public void resume() {
            bind();
        }

        @Override
        public void afterCompletion(int status) {
            unbind();
            EntityManagerFactoryUtils.closeEntityManager(session.getEntityManager());
        }

        private void unbind() {
            TransactionSynchronizationManager.unbindResourceIfPossible(factory);
            if (dataSource != null) {
                TransactionSynchronizationManager.unbindResourceIfPossible(dataSource);
            }
        }
    }
}
