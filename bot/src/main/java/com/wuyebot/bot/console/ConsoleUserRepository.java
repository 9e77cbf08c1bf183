package com.wuyebot.bot.console;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsoleUserRepository extends JpaRepository<ConsoleUser, Long> {

  Optional<ConsoleUser> findByUsername(String username);

  List<ConsoleUser> findAllByOrderByUsername();

  List<ConsoleUser> findByEnabledTrueAndPresence(Presence presence);
}
