package jp.lg.collection.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(CityProperties.class)
class DocumentsConfiguration {
}
