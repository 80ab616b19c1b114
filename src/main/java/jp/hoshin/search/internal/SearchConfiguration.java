package jp.hoshin.search.internal;

import jp.hoshin.search.SearchIndex;
import jp.hoshin.search.SearchProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This instance's own Lucene index in {@code hoshin.search.index-dir} (in memory when search is off, so that no
 * directory is opened), unless the deployment provides another {@link SearchIndex} (OpenSearch).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(SearchIndex.class)
    LuceneSearchIndex luceneSearchIndex(SearchProperties properties) {
        return properties.enabled() ? LuceneSearchIndex.open(properties.indexDir()) : LuceneSearchIndex.inMemory();
    }
}
