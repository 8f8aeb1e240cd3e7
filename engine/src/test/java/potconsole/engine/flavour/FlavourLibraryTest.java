package potconsole.engine.flavour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import potconsole.engine.exec.CapturingListener;
import potconsole.engine.exec.ExecRequest;
import potconsole.engine.exec.LocalHostFiles;
import potconsole.engine.model.Flavour;
import potconsole.engine.sandbox.SandboxHost;

class FlavourLibraryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    private static final String DIR = "/usr/local/etc/pot/flavours";

    @TempDir
    Path backups;

    @TempDir
    Path local;

    private final SandboxHost host = SandboxHost.recordedHost(CLOCK);

    private FlavourLibrary onHost() {
        return new FlavourLibrary(host.files().orElseThrow(), DIR, backups, CLOCK);
    }

    private CapturingListener run(String... argv) {
        CapturingListener out = new CapturingListener();
        host.run(ExecRequest.of(argv), out);
        return out;
    }

    @Test
    void listsTheFlavoursAsPotLsDoesAndOpensBothParts() throws Exception {
        FlavourLibrary library = onHost();

        assertThat(library.list()).contains(new Flavour("dns", true, true), new Flavour("slim", false, true));
        FlavourDocument dns = library.open("dns");
        assertThat(dns.commandFile()).contains("set-attribute -A start-at-boot -V YES\n");
        assertThat(dns.bootstrap()).hasValueSatisfying(s -> assertThat(s).startsWith("#!/bin/sh"));
        assertThat(dns.bootstrapExecutable()).isTrue();
        assertThatThrownBy(() -> library.open("nosuch")).hasMessageContaining("Flavour nosuch not found");
    }

    @Test
    void aSavedFlavourIsListedByPotAndAppliedByCreate() throws Exception {
        FlavourLibrary library = onHost();
        library.save(new FlavourDocument(
                "nginx-test",
                Optional.of(FlavourTemplates.read("nginx-test")),
                Optional.of(FlavourTemplates.read("nginx-test.sh")),
                false));
        library.save(new FlavourDocument(
                "nginx-test-cmd", Optional.of(FlavourTemplates.read("nginx-test-cmd")), Optional.empty(), false));

        assertThat(run("pot", "ls", "-F").stdout()).contains("flavour: nginx-test", "flavour: nginx-test-cmd");
        assertThat(library.open("nginx-test").bootstrapExecutable()).isTrue();
        run(
                "pot",
                "create",
                "-p",
                "web",
                "-b",
                "13.2",
                "-t",
                "single",
                "-N",
                "public-bridge",
                "-f",
                "nginx-test",
                "-f",
                "nginx-test-cmd");
        assertThat(run("cat", "/opt/pot/jails/web/conf/pot.conf").stdout())
                .contains("pot.cmd=nginx -g 'daemon off;'", "pot.rss.memory=256M", "pot.attr.no-rc-script=YES");
    }

    @Test
    void savingKeepsThePreviousVersionOnTheWorkstationAndNotInTheFlavourDirectory() throws Exception {
        FlavourLibrary library = onHost();
        FlavourDocument dns = library.open("dns");

        Optional<Path> backup = library.save(new FlavourDocument(
                "dns", Optional.of("set-attribute -A start-at-boot -V NO\n"), dns.bootstrap(), true));

        assertThat(backup).isPresent();
        assertThat(backup.get().getFileName().toString()).isEqualTo("dns.20261123-030000");
        assertThat(backup.get().resolve("dns")).hasContent("set-attribute -A start-at-boot -V YES\n");
        assertThat(library.open("dns").commandFile()).contains("set-attribute -A start-at-boot -V NO\n");
        assertThat(library.list()).extracting(Flavour::name).doesNotContain("dns.bak", "dns~");
    }

    @Test
    void renameDuplicateDeleteAndCopyToAFolderHere() throws Exception {
        FlavourLibrary library = onHost();
        FlavourLibrary here =
                new FlavourLibrary(new LocalHostFiles("this workstation"), local.toString(), backups, CLOCK);

        library.duplicate("dns", "dns2");
        library.rename("dns2", "dns3");
        library.copyTo("dns3", here);
        library.delete("dns3");

        assertThat(library.list()).extracting(Flavour::name).contains("dns").doesNotContain("dns2", "dns3");
        assertThat(here.list()).containsExactly(new Flavour("dns3", true, true));
        assertThat(Files.getPosixFilePermissions(local.resolve("dns3.sh")))
                .containsAll(PosixFilePermissions.fromString("r-xr-xr-x").stream()
                        .filter(p -> p.name().endsWith("EXECUTE"))
                        .toList());
        assertThatThrownBy(() -> library.rename("dns", "slim")).hasMessageContaining("exists");
        assertThatThrownBy(() -> library.duplicate("dns", "../x")).hasMessageContaining("not a valid");
    }

    @Test
    void aBootstrapWithoutTheExecuteBitIsReportedByTheLinter() throws Exception {
        Files.writeString(local.resolve("build.sh"), "#!/bin/sh\nsysrc a=b\n");
        FlavourLibrary here =
                new FlavourLibrary(new LocalHostFiles("this workstation"), local.toString(), backups, CLOCK);

        FlavourDocument build = here.open("build");

        assertThat(build.bootstrapExecutable()).isFalse();
        assertThat(build.lint(Optional.empty()))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not executable"));
        here.save(build);
        assertThat(here.open("build").lint(Optional.empty())).isEmpty();
    }
}
