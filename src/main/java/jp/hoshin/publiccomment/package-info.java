/**
 * 個別計画とパブリックコメント — the register of individual plans (個別計画) with their draft documents, public
 * comment consultations on them (period with a 必着 deadline in Japan time, channels, announcement), the
 * opinion form, the handling of opinions (topic, 市の考え方, changes, publication or withholding) and the
 * published results (pages and PDF). Submitters' personal data is stored encrypted, shown only to the staff
 * handling the consultation and deleted after the retention period.
 */
@ApplicationModule(displayName = "Public comment")
@NullMarked
package jp.hoshin.publiccomment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
