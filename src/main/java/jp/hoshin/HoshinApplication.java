package jp.hoshin;

import jp.hoshin.shared.backup.BackupCommand;
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
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(HoshinApplication.class, args);
    }
}
