package com.wuyebot.bot.conversation;

import com.wuyebot.bot.conversation.ChatCommands.Command;
import com.wuyebot.bot.conversation.Session.Flow;
import com.wuyebot.bot.conversation.Session.Step;
import com.wuyebot.bot.resident.HouseAddress;
import com.wuyebot.bot.resident.HouseBinding;
import com.wuyebot.bot.resident.ResidentHouse;
import com.wuyebot.integration.wechat.inbound.InboundMessage;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * 绑定房屋: community, then building/unit/room, then the phone the household register holds for it;
 * 解绑 removes a bound house. What the resident gives up front (绑定房屋 阳光花园 3栋2单元502) is used.
 */
@Component
class BindingDialog {

  private static final int MAX_COMMUNITIES_SHOWN = 8;

  private final HouseBinding binding;
  private final ResidentReplies replies;

  BindingDialog(HouseBinding binding, ResidentReplies replies) {
    this.binding = binding;
    this.replies = replies;
  }

  String start(InboundMessage message, Session session, Command command) {
    if (binding.isLocked(message.appId(), message.openId())) {
      return replies.text("bind.locked");
    }
    session.startFlow(Flow.BIND, Step.BIND_COMMUNITY);
    List<String> communities = binding.communities();
    if (communities.size() == 1) {
      session.bindCommunity = communities.get(0);
    } else {
      communityIn(command.rest()).ifPresent(community -> session.bindCommunity = community);
    }
    if (session.bindCommunity != null) {
      takeHouse(session, command.rest());
    }
    return next(session);
  }

  /** The resident's answer to the binding's last question. */
  String continueWith(InboundMessage message, Session session, String text) {
    if (ConfirmWords.isCancel(text)) {
      session.endIntake();
      return replies.text("bind.cancelled");
    }
    switch (session.step) {
      case BIND_COMMUNITY -> {
        Optional<String> community = communityIn(text);
        if (community.isEmpty()) {
          return replies.text("bind.unknownCommunity", "communities", listed(binding.communities()));
        }
        session.bindCommunity = community.get();
        takeHouse(session, text);
        return next(session);
      }
      case BIND_HOUSE -> {
        if (!takeHouse(session, text)) {
          return replies.text("bind.houseUnreadable");
        }
        return next(session);
      }
      case BIND_PHONE -> {
        return phone(message, session, text);
      }
      case UNBIND_PICK -> {
        return unbindPicked(message, session, text);
      }
      default -> {
        session.endIntake();
        return replies.text("bind.cancelled");
      }
    }
  }

  String unbind(InboundMessage message, Session session) {
    List<ResidentHouse> houses = binding.housesOf(message.appId(), message.openId());
    if (houses.isEmpty()) {
      return replies.text("unbind.none");
    }
    if (houses.size() == 1) {
      binding.unbind(message.appId(), message.openId(), houses.get(0).id());
      return replies.text("unbind.done", "house", describe(houses.get(0)));
    }
    session.startFlow(Flow.BIND, Step.UNBIND_PICK);
    houses.forEach(house -> session.unbindChoices.add(house.id()));
    return replies.text("unbind.which", "choices", ResidentReplies.numbered(houses.stream().map(BindingDialog::describe).toList()));
  }

  private String unbindPicked(InboundMessage message, Session session, String text) {
    int picked = NumberedChoice.of(text).orElse(-1);
    if (picked < 0 || picked >= session.unbindChoices.size()) {
      return replies.choiceOutOfRange(session.unbindChoices.size());
    }
    long id = session.unbindChoices.get(picked);
    session.endIntake();
    return binding.unbind(message.appId(), message.openId(), id)
        .map(house -> replies.text("unbind.done", "house", describe(house)))
        .orElseGet(() -> replies.text("unbind.none"));
  }

  private String phone(InboundMessage message, Session session, String text) {
    HouseAddress address = address(session);
    HouseBinding.Result result = binding.bind(message.appId(), message.openId(), address, text);
    switch (result.outcome()) {
      case BOUND -> {
        session.endIntake();
        return replies.text("bind.done", "house", describe(address));
      }
      case ALREADY_BOUND -> {
        session.endIntake();
        return replies.text("bind.already", "house", describe(address));
      }
      case WRONG_PHONE -> {
        return replies.text("bind.wrongPhone", "left", result.attemptsLeft());
      }
      default -> {
        session.endIntake();
        return replies.text("bind.locked");
      }
    }
  }

  private String next(Session session) {
    if (session.bindCommunity == null) {
      session.step = Step.BIND_COMMUNITY;
      List<String> known = binding.communities();
      return known.isEmpty() ? endWithoutRegister(session)
          : replies.text("bind.askCommunity", "communities", listed(known));
    }
    if (session.bindRoom == null) {
      session.step = Step.BIND_HOUSE;
      return replies.text("bind.askHouse", "community", session.bindCommunity);
    }
    if (!binding.isRegistered(address(session))) {
      String house = describe(address(session));
      session.bindBuilding = null;
      session.bindUnit = null;
      session.bindRoom = null;
      session.step = Step.BIND_HOUSE;
      return replies.text("bind.houseNotFound", "house", house);
    }
    session.step = Step.BIND_PHONE;
    return replies.text("bind.askPhone", "house", describe(address(session)));
  }

  private String endWithoutRegister(Session session) {
    session.endIntake();
    return replies.text("bind.noRegister");
  }

  private boolean takeHouse(Session session, String text) {
    Optional<HouseAddress> address = Places.address(session.bindCommunity, text == null ? "" : text);
    address.ifPresent(a -> {
      session.bindBuilding = a.building();
      session.bindUnit = a.unit();
      session.bindRoom = a.room();
    });
    return address.isPresent();
  }

  private Optional<String> communityIn(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String words = Places.withoutHouse(text).strip();
    Optional<String> community = binding.findCommunity(words);
    if (community.isPresent()) {
      return community;
    }
    // 阳光花园3栋2单元502: the community is whatever known name the message contains
    List<String> contained = binding.communities().stream().filter(text::contains).toList();
    return contained.size() == 1 ? Optional.of(contained.get(0)) : Optional.empty();
  }

  private static HouseAddress address(Session session) {
    return new HouseAddress(session.bindCommunity, session.bindBuilding, session.bindUnit, session.bindRoom);
  }

  private static String describe(HouseAddress address) {
    return address.community() + " " + address.label();
  }

  private static String describe(ResidentHouse house) {
    return describe(house.address());
  }

  private String listed(List<String> communities) {
    return String.join(replies.text("listSeparator"), communities.stream().limit(MAX_COMMUNITIES_SHOWN).toList());
  }
}
