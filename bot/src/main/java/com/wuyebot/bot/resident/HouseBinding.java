package com.wuyebot.bot.resident;

import com.wuyebot.bot.shared.Pseudonyms;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binding houses to residents (绑定房屋): a resident proves a house is theirs by the phone the
 * register holds for it. Wrong phones are counted per resident in a sliding window, in the
 * database, so guessing stops after a few tries on every instance alike.
 */
@Service
public class HouseBinding {

  private static final Logger log = LoggerFactory.getLogger(HouseBinding.class);

  private final HouseholdRegister register;
  private final ResidentHouseRepository houses;
  private final BindingAttemptRepository attempts;
  private final ResidentProperties properties;
  private final Pseudonyms pseudonyms;
  private final Clock clock;

  HouseBinding(HouseholdRegister register, ResidentHouseRepository houses, BindingAttemptRepository attempts,
      ResidentProperties properties, Pseudonyms pseudonyms, Clock clock) {
    this.register = register;
    this.houses = houses;
    this.attempts = attempts;
    this.properties = properties;
    this.pseudonyms = pseudonyms;
    this.clock = clock;
  }

  public enum Outcome { BOUND, ALREADY_BOUND, WRONG_PHONE, LOCKED }

  /** @param attemptsLeft wrong phones the resident may still give in the window */
  public record Result(Outcome outcome, int attemptsLeft, ResidentHouse house) {
  }

  @Transactional(readOnly = true)
  public List<ResidentHouse> housesOf(String appId, String openId) {
    return houses.findByAppIdAndOpenIdOrderById(appId, openId);
  }

  /** The community of the register that the resident's words name: exactly, or the only one containing them. */
  @Transactional(readOnly = true)
  public Optional<String> findCommunity(String words) {
    String said = words == null ? "" : words.strip();
    if (said.isEmpty()) {
      return Optional.empty();
    }
    List<String> known = register.communities();
    if (known.contains(said)) {
      return Optional.of(said);
    }
    List<String> close = known.stream().filter(c -> c.contains(said) || said.contains(c)).toList();
    return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
  }

  /** The communities of the register, for residents to choose from. */
  public List<String> communities() {
    return register.communities();
  }

  public boolean isRegistered(HouseAddress address) {
    return register.knows(address);
  }

  public boolean isLocked(String appId, String openId) {
    return attemptsLeft(appId, openId) <= 0;
  }

  @Transactional
  public Result bind(String appId, String openId, HouseAddress address, String phone) {
    int left = attemptsLeft(appId, openId);
    if (left <= 0) {
      return new Result(Outcome.LOCKED, 0, null);
    }
    Instant now = clock.instant();
    Optional<String> normal = Phones.normal(phone);
    if (normal.isEmpty() || !register.registered(address, normal.get())) {
      attempts.save(new BindingAttempt(appId, openId, now));
      log.info("Resident {} gave a phone not registered for the house ({} left)", pseudonyms.of(openId), left - 1);
      return new Result(left - 1 <= 0 ? Outcome.LOCKED : Outcome.WRONG_PHONE, left - 1, null);
    }
    Optional<ResidentHouse> existing = housesOf(appId, openId).stream()
        .filter(house -> house.address().equals(address)).findFirst();
    if (existing.isPresent()) {
      return new Result(Outcome.ALREADY_BOUND, left, existing.get());
    }
    // one message per resident at a time (the conversation's lock), so no second binding races this one;
    // the unique key still refuses a duplicate row should that ever fail
    ResidentHouse house = houses.saveAndFlush(new ResidentHouse(appId, openId, address, now));
    log.info("Resident {} bound a house with phone {}", pseudonyms.of(openId), Phones.masked(normal.get()));
    return new Result(Outcome.BOUND, left, house);
  }

  /** Removes one of the resident's houses; the house removed, empty when it is not theirs. */
  @Transactional
  public Optional<ResidentHouse> unbind(String appId, String openId, long houseId) {
    Optional<ResidentHouse> house = housesOf(appId, openId).stream().filter(h -> h.id() == houseId).findFirst();
    house.ifPresent(h -> {
      houses.delete(h);
      log.info("Resident {} unbound a house", pseudonyms.of(openId));
    });
    return house;
  }

  private int attemptsLeft(String appId, String openId) {
    Instant since = clock.instant().minus(properties.bindingWindow());
    long failed = attempts.countByAppIdAndOpenIdAndAttemptedAtAfter(appId, openId, since);
    return (int) Math.max(0, properties.bindingAttempts() - failed);
  }
}
