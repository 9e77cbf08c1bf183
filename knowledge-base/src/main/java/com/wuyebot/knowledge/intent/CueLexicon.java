package com.wuyebot.knowledge.intent;

import com.wuyebot.knowledge.analysis.CueGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * General cue words of resident speech, grouped by what they signal ({@code [question]},
 * {@code [fault]}, {@code [repeat]}, ...). They are data ({@code intent-cues.txt}) and only features:
 * the model learns how much each group counts for each intent, so a cue never decides alone.
 */
final class CueLexicon {

    private final Map<String, List<String>> cuesByGroup;

    private CueLexicon(Map<String, List<String>> cuesByGroup) {
        this.cuesByGroup = cuesByGroup;
    }

    static CueLexicon defaults() {
        return Holder.DEFAULT;
    }

    /** The groups with at least one cue in {@code normal} (already normalised), in file order. */
    List<String> groupsIn(String normal) {
        var groups = new ArrayList<String>();
        for (var group : cuesByGroup.entrySet()) {
            if (CueGroups.firstIn(normal, group.getValue()) != null) {
                groups.add(group.getKey());
            }
        }
        return groups;
    }

    /** Every cue of {@code group} found in {@code normal}, with its position. */
    List<Found> find(String normal, String group) {
        var found = new ArrayList<Found>();
        for (String cue : cuesByGroup.getOrDefault(group, List.of())) {
            for (int at = normal.indexOf(cue); at >= 0; at = normal.indexOf(cue, at + 1)) {
                found.add(new Found(cue, at));
            }
        }
        return found;
    }

    boolean contains(String normal, String group) {
        return CueGroups.firstIn(normal, cuesByGroup.getOrDefault(group, List.of())) != null;
    }

    record Found(String cue, int at) {
        int end() {
            return at + cue.length();
        }
    }


    private static final class Holder {
        static final CueLexicon DEFAULT = load("intent-cues.txt");
    }

    static CueLexicon load(String resource) {
        return new CueLexicon(CueGroups.load(CueLexicon.class, resource));
    }
}
