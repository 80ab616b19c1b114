package jp.hoshin.search.internal;

import jp.hoshin.search.SearchIndex;
import jp.hoshin.search.SearchProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This instance's own Lucene index, unless the deployment provides another {@link SearchIndex} (OpenSearch). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(SearchIndex.class)
    LuceneSearchIndex luceneSearchIndex() {
        return new LuceneSearchIndex();
    }
}
