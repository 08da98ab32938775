package dev.larder.projects;

import dev.larder.accounts.SecurityEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges a project's journal and its security events into one history, newest first. */
final class ProjectHistory {
    private ProjectHistory() {}

    static List<HistoryEntry> merge(List<JournalEntry> journal, List<SecurityEvent> events, int limit) {
        List<HistoryEntry> all = new ArrayList<>();
        for (JournalEntry j : journal) {
            // Actions name the file themselves ("add py3 file x.whl"); the release is worth adding.
            String detail = j.version().map(v -> "release " + v).orElse("")
                    + j.publisherRun().map(run -> "; published by " + run.summary()).orElse("");
            all.add(new HistoryEntry(j.at(), j.action(), j.actor(), detail));
        }
        for (SecurityEvent e : events) {
            all.add(new HistoryEntry(e.at(), e.kind(), e.actor(), e.detail()));
        }
        all.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return all.size() > limit ? all.subList(0, limit) : all;
    }
}
