package com.wuyebot.bot.resident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who follows which account: the record every later feature (tickets, notices) starts from. */
@Service
public class ResidentDirectory {

  private final ResidentRepository residents;

  ResidentDirectory(ResidentRepository residents) {
    this.residents = residents;
  }

  /** @param scene the parametric QR code's scene when the follow came from one, else null */
  @Transactional
  public Resident recordFollow(String appId, String openId, Instant at, String scene) {
    Resident resident = findOrCreate(appId, openId, at);
    resident.follow(at, scene);
    return resident;
  }

  @Transactional
  public void recordUnfollow(String appId, String openId, Instant at) {
    findOrCreate(appId, openId, at).unfollow(at);
  }

  @Transactional(readOnly = true)
  public Optional<Resident> find(String appId, String openId) {
    return residents.findByAppIdAndOpenId(appId, openId);
  }

  /** The openids of everyone following the account now, in the order they were first seen. */
  @Transactional(readOnly = true)
  public List<String> followers(String appId) {
    return residents.findFollowerOpenIds(appId);
  }

  private Resident findOrCreate(String appId, String openId, Instant at) {
    return residents.findByAppIdAndOpenId(appId, openId)
        .orElseGet(() -> residents.save(new Resident(appId, openId, at)));
  }
}
