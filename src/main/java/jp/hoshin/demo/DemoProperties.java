package jp.hoshin.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoshin.demo.password} ({@code HOSHIN_DEMO_PASSWORD}): the password of the demo staff accounts; empty means
 * no demo accounts. Whether demo data is loaded at all ({@code hoshin.demo.enabled}) is decided by {@link DemoSettings}
 * before the application context exists.
 */
@ConfigurationProperties("hoshin.demo")
record DemoProperties(@DefaultValue("") String password) {}
