package com.wuyebot.bot.notice.web;

import com.wuyebot.bot.notice.InvalidNoticeException;
import com.wuyebot.bot.notice.Notice;
import com.wuyebot.bot.notice.NoticeChannel;
import com.wuyebot.bot.notice.NoticeDraft;
import com.wuyebot.bot.notice.NoticeKind;
import com.wuyebot.bot.notice.Target;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The compose form of the console, as the browser posts it: times as local date-times of the
 * company, the target as text, one community, building (小区/楼栋) or unit (小区/楼栋/单元) per line.
 */
public class NoticeForm {

  private String appId;
  private NoticeKind kind = NoticeKind.NOTICE;
  private String title;
  private String body;
  private String startsAt;
  private String endsAt;
  private String place;
  private Integer capacity;
  private boolean signUp;
  private boolean allFollowers;
  private String communities;
  private String buildings;
  private String units;
  private String tags;
  private NoticeChannel channel = NoticeChannel.TEMPLATE;

  static NoticeForm of(Notice notice, ZoneId zone) {
    NoticeForm form = new NoticeForm();
    form.appId = notice.appId();
    form.kind = notice.kind();
    form.title = notice.title();
    form.body = notice.body();
    form.startsAt = local(notice.startsAt(), zone);
    form.endsAt = local(notice.endsAt(), zone);
    form.place = notice.place();
    form.capacity = notice.capacity();
    form.signUp = notice.signUp();
    Target target = notice.target();
    form.allFollowers = target.allFollowers();
    form.communities = String.join("\n", target.communities());
    form.buildings = String.join("\n", target.buildings().stream().map(b -> b.community() + "/" + b.building()).toList());
    form.units = String.join("\n", target.units().stream().map(u -> u.community() + "/" + u.building() + "/" + u.unit()).toList());
    form.tags = String.join("\n", target.tags());
    form.channel = notice.channel();
    return form;
  }

  NoticeDraft toDraft(ZoneId zone) {
    Target target = new Target(allFollowers, lines(communities),
        parts(buildings, 2, p -> new Target.Building(p[0], p[1]), "楼栋请按「小区/楼栋」填写，每行一个"),
        parts(units, 3, p -> new Target.Unit(p[0], p[1], p[2]), "单元请按「小区/楼栋/单元」填写，每行一个"), lines(tags));
    return new NoticeDraft(appId, kind, title, body, instant(startsAt, zone), instant(endsAt, zone), blankToNull(place),
        capacity, signUp, target, channel);
  }

  /** A date-time the browser sent (2026-12-01T09:30) at the company's zone; blank is none. */
  static Instant instant(String local, ZoneId zone) {
    if (local == null || local.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidNoticeException("时间格式不正确：" + local);
    }
  }

  private static String local(Instant at, ZoneId zone) {
    return at == null ? null : LocalDateTime.ofInstant(at, zone).toString();
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static <T> List<T> parts(String text, int count, Function<String[], T> make, String problem) {
    return lines(text).stream().map(line -> {
      String[] p = Arrays.stream(line.split("[/／]")).map(String::strip).toArray(String[]::new);
      if (p.length != count || Arrays.stream(p).anyMatch(String::isEmpty)) {
        throw new InvalidNoticeException(problem);
      }
      return make.apply(p);
    }).toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getAppId() { return appId; }
  public void setAppId(String appId) { this.appId = appId; }
  public NoticeKind getKind() { return kind; }
  public void setKind(NoticeKind kind) { this.kind = kind; }
  public String getTitle() { return title; }
  public void setTitle(String title) { this.title = title; }
  public String getBody() { return body; }
  public void setBody(String body) { this.body = body; }
  public String getStartsAt() { return startsAt; }
  public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
  public String getEndsAt() { return endsAt; }
  public void setEndsAt(String endsAt) { this.endsAt = endsAt; }
  public String getPlace() { return place; }
  public void setPlace(String place) { this.place = place; }
  public Integer getCapacity() { return capacity; }
  public void setCapacity(Integer capacity) { this.capacity = capacity; }
  public boolean isSignUp() { return signUp; }
  public void setSignUp(boolean signUp) { this.signUp = signUp; }
  public boolean isAllFollowers() { return allFollowers; }
  public void setAllFollowers(boolean allFollowers) { this.allFollowers = allFollowers; }
  public String getCommunities() { return communities; }
  public void setCommunities(String communities) { this.communities = communities; }
  public String getBuildings() { return buildings; }
  public void setBuildings(String buildings) { this.buildings = buildings; }
  public String getUnits() { return units; }
  public void setUnits(String units) { this.units = units; }
  public String getTags() { return tags; }
  public void setTags(String tags) { this.tags = tags; }
  public NoticeChannel getChannel() { return channel; }
  public void setChannel(NoticeChannel channel) { this.channel = channel; }
}
