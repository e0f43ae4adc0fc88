package com.acme.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AlertsConfig {
    @Bean
    @ConfigurationProperties(prefix = "zoho.cliq")
    public CliqProperties cliqProperties() {
        return new CliqProperties();
    }
}
