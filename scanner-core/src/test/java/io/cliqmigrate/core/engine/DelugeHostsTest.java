package io.cliqmigrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code deluge:} keys of {@code .cliq-migrate.yml}: the product a root's Deluge scripts run in, by path. */
class DelugeHostsTest {
    @TempDir
    Path tmp;

    private DelugeHosts load(String deluge) throws IOException, ConfigException {
        Path file = Files.writeString(tmp.resolve(".cliq-migrate.yml"), "deluge:\n" + deluge);
        return ConfigFile.load(file, Set.of()).deluge();
    }

    private String error(String deluge) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> load(deluge));
        assertThat(thrown).isInstanceOf(ConfigException.class);
        return thrown.getMessage().substring(thrown.getMessage().indexOf(": ") + 2);
    }

    @Test
    void theRootsProductAndThePathsOwnAreRead_theLastMatchingGlobDeciding() throws Exception {
        DelugeHosts hosts = load("""
                  host: crm
                  hosts:
                    "creator/**": creator
                    "creator/bots/*.dg": cliq
                """);

        assertThat(hosts.of("functions/lead_notify.deluge")).contains("crm");
        assertThat(hosts.of("creator/orders/approve.dg")).contains("creator");
        assertThat(hosts.of("creator/bots/standup.dg")).contains("cliq");
        assertThat(load("  hosts:\n    \"*.ds\": creator\n").of("crm/notify.dg")).isEqualTo(Optional.empty());
    }

    @Test
    void aProductNotKnownOrAWrongShapeIsAOneLineError() {
        assertThat(error("  host: desk\n")).isEqualTo("deluge.host must be one of cliq, creator, crm, other (got 'desk')");
        assertThat(error("  hosts: [crm]\n")).isEqualTo(
                "deluge.hosts must map path globs to a product (cliq, creator, crm, other)");
        assertThat(error("  place: crm\n")).startsWith("unknown key 'deluge.place'");
        assertThat(error("  hosts:\n    \"a/**\": books\n")).isEqualTo(
                "deluge.hosts.a/** must be one of cliq, creator, crm, other (got 'books')");
    }
}
