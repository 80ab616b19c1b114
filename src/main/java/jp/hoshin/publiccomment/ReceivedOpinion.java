package jp.hoshin.publiccomment;

import java.time.LocalDate;

/** An opinion that came by post, fax, e-mail or in person, as staff record it: how, on which day (in Japan), and what. */
public record ReceivedOpinion(OpinionChannel channel, LocalDate receivedOn, OpinionSubmission submission) {}
