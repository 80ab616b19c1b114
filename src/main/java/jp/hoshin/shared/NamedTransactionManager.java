package jp.hoshin.shared;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.interceptor.DelegatingTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.StringUtils;

/**
 * Every {@code @Transactional} method names Hoshin's one transaction manager. Spring looks for the manager of a method
 * whose annotation names none on every call: it scans the target class for a {@code @Qualifier} each time (Spring 6.2's
 * type-level qualifiers, uncached), which took 2–4 % of a public page's CPU, a page calling five or six transactional
 * services (issue 19). A method whose annotation names a manager finds it in Spring's cache by that name. So the
 * interceptor's attributes are given the name of the one {@link TransactionManager} bean; with more than one (none in
 * Hoshin) nothing is changed and Spring chooses as before. An annotation that names a manager keeps its own.
 */
@Component
class NamedTransactionManager implements SmartInitializingSingleton {

    private final ObjectProvider<TransactionInterceptor> interceptors;
    private final ListableBeanFactory beans;

    NamedTransactionManager(ObjectProvider<TransactionInterceptor> interceptors, ListableBeanFactory beans) {
        this.interceptors = interceptors;
        this.beans = beans;
    }

    /**
     * Once every singleton is made, before the application serves anything. (A bean post-processor would not do: the
     * interceptor is made before post-processors are registered.)
     */
    @Override
    public void afterSingletonsInstantiated() {
        String[] managers = beans.getBeanNamesForType(TransactionManager.class, true, false);
        if (managers.length != 1) {
            return;
        }
        interceptors.orderedStream().forEach(interceptor -> {
            if (interceptor.getTransactionAttributeSource() instanceof TransactionAttributeSource source
                    && !(source instanceof Named)) {
                interceptor.setTransactionAttributeSource(new Named(source, managers[0]));
            }
        });
    }

    /** The attributes of {@code source}, each naming {@code manager} unless it names its own. */
    record Named(TransactionAttributeSource source, String manager) implements TransactionAttributeSource {

        @Override
        public boolean isCandidateClass(Class<?> targetClass) {
            return source.isCandidateClass(targetClass);
        }

        @Override
        public boolean hasTransactionAttribute(Method method, @Nullable Class<?> targetClass) {
            return source.hasTransactionAttribute(method, targetClass);
        }

        @Override
        public @Nullable TransactionAttribute getTransactionAttribute(Method method, @Nullable Class<?> targetClass) {
            TransactionAttribute attribute = source.getTransactionAttribute(method, targetClass);
            if (attribute == null || StringUtils.hasText(attribute.getQualifier())) {
                return attribute;
            }
            return new DelegatingTransactionAttribute(attribute) {
                @Override
                public String getQualifier() {
                    return manager;
                }
            };
        }
    }
}
