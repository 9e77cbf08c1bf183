package com.wuyebot.bot.wording;

import org.springframework.data.jpa.repository.JpaRepository;

interface WordingOverrideRepository extends JpaRepository<WordingOverride, String> {
}
