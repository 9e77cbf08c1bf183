package com.wuyebot.bot.resident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household register: who lives where, with the phone that proves it. Imported as a whole
 * file, all rows or none; a row already in the register (same house and phone) takes the new name,
 * so importing an updated register again is safe.
 */
@Service
public class HouseholdRegister {

  private static final Logger log = LoggerFactory.getLogger(HouseholdRegister.class);
  private static final int MAX_NAME = 50;
  private static final int MAX_COMMUNITY = 100;
  private static final int MAX_PART = 20;
  private static final int MAX_PAGE = 200;

  private final HouseholdRepository households;
  private final Clock clock;

  HouseholdRegister(HouseholdRepository households, Clock clock) {
    this.households = households;
    this.clock = clock;
  }

  /** What an import did. */
  public record ImportSummary(int added, int updated) {
  }

  /** @throws InvalidRegisterException with one problem per bad row; nothing is stored then */
  @Transactional
  public ImportSummary importRows(List<HouseholdRow> rows) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Household> checked = new ArrayList<>();
    Instant now = clock.instant();
    for (HouseholdRow row : rows) {
      int before = problems.size();
      required(row.row(), "community", row.community(), MAX_COMMUNITY, problems);
      required(row.row(), "building", row.building(), MAX_PART, problems);
      required(row.row(), "room", row.room(), MAX_PART, problems);
      required(row.row(), "name", row.name(), MAX_NAME, problems);
      if (row.unit() != null && row.unit().length() > MAX_PART) {
        problems.add(new ImportProblem(row.row(), "unit", "longer than " + MAX_PART + " characters"));
      }
      Optional<String> phone = Phones.normal(row.phone());
      if (row.phone() == null || row.phone().isBlank()) {
        problems.add(new ImportProblem(row.row(), "phone", "missing"));
      } else if (phone.isEmpty()) {
        problems.add(new ImportProblem(row.row(), "phone", "not a mobile or landline number"));
      }
      if (problems.size() > before) {
        continue;
      }
      HouseAddress address = new HouseAddress(row.community(), row.building(), row.unit(), row.room());
      Integer first = seen.putIfAbsent(key(address, phone.get()), row.row());
      if (first != null) {
        problems.add(new ImportProblem(row.row(), "phone", "duplicate of row " + first + " (same house and phone)"));
        continue;
      }
      checked.add(new Household(address, row.name().strip(), phone.get(), now));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegisterException(problems);
    }
    // the register's rows of the file's communities in one query, rather than one query per row of the file
    Map<String, Household> stored = new HashMap<>();
    List<String> communities = checked.stream().map(h -> h.address().community()).distinct().toList();
    if (!communities.isEmpty()) {
      households.findByCommunityIn(communities).forEach(h -> stored.put(key(h.address(), h.phone()), h));
    }
    int added = 0;
    int updated = 0;
    for (Household household : checked) {
      Household existing = stored.get(key(household.address(), household.phone()));
      if (existing != null) {
        existing.rename(household.name());
        updated++;
      } else {
        households.save(household);
        added++;
      }
    }
    log.info("Household register import: {} added, {} updated", added, updated);
    return new ImportSummary(added, updated);
  }

  @Transactional(readOnly = true)
  public Page<Household> list(String community, int page, int size) {
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE),
        Sort.by("community", "building", "unit", "room", "id"));
    return community == null || community.isBlank() ? households.findAll(request)
        : households.findByCommunity(community.strip(), request);
  }

  @Transactional
  public void delete(long id) {
    Household household = households.findById(id).orElseThrow(() -> new HouseholdNotFoundException(id));
    households.delete(household);
  }

  @Transactional(readOnly = true)
  public List<String> communities() {
    return households.communities();
  }

  @Transactional(readOnly = true)
  public boolean knows(HouseAddress address) {
    return !households.findByCommunityAndBuildingAndUnitAndRoom(address.community(), address.building(), address.unit(),
        address.room()).isEmpty();
  }

  @Transactional(readOnly = true)
  public boolean registered(HouseAddress address, String phone) {
    return households.findByCommunityAndBuildingAndUnitAndRoomAndPhone(address.community(), address.building(),
        address.unit(), address.room(), phone).isPresent();
  }

  private static String key(HouseAddress address, String phone) {
    return address + "|" + phone;
  }

  private static void required(int row, String field, String value, int max, List<ImportProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new ImportProblem(row, field, "missing"));
    } else if (value.strip().length() > max) {
      problems.add(new ImportProblem(row, field, "longer than " + max + " characters"));
    }
  }
}
