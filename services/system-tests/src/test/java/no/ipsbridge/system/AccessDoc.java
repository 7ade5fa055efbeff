package no.ipsbridge.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import no.ipsbridge.infra.Workspace;

/** The tables of docs/access-control.md that the system tests take as their only source of expectations. */
final class AccessDoc {

    private AccessDoc() {
    }

    /** The first table after the heading: its header row, its separator row, then its rows; each row as trimmed cells. */
    static List<String[]> table(String heading) throws IOException {
        List<String> lines = Files.readAllLines(Workspace.repositoryRoot().resolve("docs/access-control.md"));
        int start = lines.indexOf(heading);
        assertThat(start).as("the section '%s' in docs/access-control.md", heading).isNotNegative();
        return lines.subList(start, lines.size()).stream().dropWhile(l -> !l.startsWith("|"))
                .takeWhile(l -> l.startsWith("|")).map(AccessDoc::cells).toList();
    }

    private static String[] cells(String line) {
        String[] parts = line.substring(1, line.length() - 1).split("\\|");
        return Arrays.stream(parts).map(String::strip).toArray(String[]::new);
    }
}
