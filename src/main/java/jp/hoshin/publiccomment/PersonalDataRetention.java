package jp.hoshin.publiccomment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes submitters' personal data after each consultation's retention period (hourly; idempotent, so
 * several instances may run it). Logs only counts.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final Opinions opinions;

    PersonalDataRetention(Opinions opinions) {
        this.opinions = opinions;
    }

    @Scheduled(
            initialDelayString = "${hoshin.public-comment.retention-check-delay:PT1M}",
            fixedDelayString = "${hoshin.public-comment.retention-check-interval:PT1H}")
    void forgetExpired() {
        int n = opinions.forgetExpiredSubmitters();
        if (n > 0) {
            log.info("保存期間を過ぎた意見提出者の個人情報を {} 件削除しました（意見は残ります）。", n);
        }
    }
}
