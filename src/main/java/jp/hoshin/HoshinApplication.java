package jp.hoshin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Hoshin — 自治体の運営方針・目標管理システム.
 * Each direct sub-package is an application module (see docs/architecture.md).
 */
@Modulithic(systemName = "Hoshin", sharedModules = "shared")
@SpringBootApplication
public class HoshinApplication {

    public static void main(String[] args) {
        SpringApplication.run(HoshinApplication.class, args);
    }
}
