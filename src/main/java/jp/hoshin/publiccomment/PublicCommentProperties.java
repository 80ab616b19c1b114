package jp.hoshin.publiccomment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hoshin.public-comment.*}: how many opinions one client address may send through the web form per minute
 * (counted across instances). The personal-data retention check runs every
 * {@code hoshin.public-comment.retention-check-interval} (see {@code PersonalDataRetention}).
 */
@ConfigurationProperties("hoshin.public-comment")
record PublicCommentProperties(@DefaultValue("10") int maxPerClientPerMinute) {}
