package com.wuyebot.bot.conversation;

import com.wuyebot.bot.ticket.TicketStatus;
import com.wuyebot.bot.ticket.TicketType;
import com.wuyebot.bot.wording.Wording;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The sentences residents read, by their wording keys (defaults in wording/conversation.properties,
 * editable by administrators), so the engine and the dialogs never hold a sentence themselves.
 */
@Component
class ResidentReplies {

  private final Wording wording;

  ResidentReplies(Wording wording) {
    this.wording = wording;
  }

  /** Any sentence of the conversation by its key without the {@code conversation.} prefix. */
  String text(String key, Object... namesAndValues) {
    return wording.text("conversation." + key, namesAndValues);
  }

  String welcome() {
    return text("welcome");
  }

  String welcomeBack() {
    return text("welcomeBack");
  }

  String fallback() {
    return wording.text("fallback");
  }

  String human() {
    return wording.text("human");
  }

  String suggestions(List<String> questions) {
    return text("suggestions", "choices", numbered(questions));
  }

  /** 1. first\n2. second: the lines a resident answers with a number. */
  static String numbered(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
    }
    return text.toString();
  }

  String choiceOutOfRange(int count) {
    return text("choice", "count", count);
  }

  String onlyTextUnderstood() {
    return text("onlyText");
  }

  String voiceNotUnderstood() {
    return text("voiceNotUnderstood");
  }

  String emptyText() {
    return text("emptyText");
  }

  String greeting() {
    return text("greeting");
  }

  String askLocation() {
    return text("ask.location");
  }

  String askWhichHouse(List<String> houses) {
    return text("ask.house", "choices", numbered(houses));
  }

  String askTime() {
    return text("ask.time");
  }

  String askFeedback() {
    return text("ask.feedback");
  }

  String askChange() {
    return text("ask.change");
  }

  String photoReceived(String nextQuestion) {
    return text("photoReceived", "next", nextQuestion);
  }

  String repairSummary(String category, String place, String description, String time, int photos, boolean urgent) {
    return text(urgent ? "repair.summary.urgent" : "repair.summary", "category", category, "place", place,
        "description", description, "time", time == null ? text("repair.summary.soon") : time,
        "photos", photos > 0 ? text("repair.summary.photos", "count", photos) : "", "choices", confirmChoices());
  }

  String complaintSummary(String subject, String place, boolean wantsFeedback) {
    return text("complaint.summary", "subject", subject,
        "place", place == null ? "" : text("complaint.summary.place", "place", place),
        "feedback", text(wantsFeedback ? "complaint.summary.feedback" : "complaint.summary.anonymous"),
        "choices", confirmChoices());
  }

  String confirmChoices() {
    return text("confirmChoices");
  }

  String repairOpened(String number) {
    return text("repair.opened", "number", number);
  }

  String complaintOpened(String number, boolean wantsFeedback) {
    return text(wantsFeedback ? "complaint.opened" : "complaint.opened.anonymous", "number", number);
  }

  String urgentNow() {
    return text("urgent");
  }

  String intakeKept() {
    return text("intake.kept");
  }

  String intakeResumes(boolean repair) {
    return text(repair ? "intake.resumes.repair" : "intake.resumes.complaint");
  }

  String intakeCancelled() {
    return text("intake.cancelled");
  }

  String notSubmitted() {
    return text("notSubmitted");
  }

  String notRecorded() {
    return text("notRecorded");
  }

  String suggestionThanks(String number) {
    return text("suggestion.thanks", "number", number);
  }

  String praiseThanks(String number, String staff) {
    return staff == null ? text("praise.thanks", "number", number)
        : text("praise.thanks.staff", "number", number, "staff", staff);
  }

  String noOpenTickets() {
    return text("progress.none");
  }

  String openTickets(List<String> lines) {
    return text("progress.list", "lines", String.join("\n", lines));
  }

  /**
   * @param expectedBy when the work should be done (the SLA's resolution deadline), or null
   */
  String ticketLine(String number, TicketType type, TicketStatus status, String assignee, String openedAt,
      String preferredTime, String expectedBy) {
    String expected = preferredTime != null ? text("progress.preferred", "time", preferredTime)
        : expectedBy != null ? text("progress.due", "time", expectedBy) : "";
    return text("progress.line", "number", number, "type", typeLabel(type), "status", statusLabel(status),
        "assignee", assignee == null ? "" : text("progress.assignee", "name", assignee),
        "openedAt", openedAt, "expected", expected);
  }

  String typeLabel(TicketType type) {
    return text("type." + type.name());
  }

  String statusLabel(TicketStatus status) {
    return text("status." + status.name());
  }
}
