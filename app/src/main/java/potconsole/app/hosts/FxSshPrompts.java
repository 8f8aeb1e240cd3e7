package potconsole.app.hosts;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import potconsole.ssh.SshPrompts;

/**
 * The SSH questions as dialogs. The SSH thread waits for the answer; the dialog runs on the FX thread (reached through
 * the job runner's callback executor).
 */
public final class FxSshPrompts implements SshPrompts {
    private final Window owner;
    private final Executor fx;

    public FxSshPrompts(Window owner, Executor fx) {
        this.owner = owner;
        this.fx = fx;
    }

    @Override
    public Optional<char[]> passphrase(Path key, boolean previousAttemptFailed) {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        fx.execute(() -> {
            Alert a = new Alert(Alert.AlertType.NONE);
            a.initOwner(owner);
            a.setTitle("Key passphrase");
            a.setHeaderText((previousAttemptFailed ? "Wrong passphrase. " : "") + "Passphrase for " + key);
            PasswordField field = new PasswordField();
            a.getDialogPane().setContent(new VBox(field));
            ButtonType unlock = new ButtonType("Unlock key", ButtonBar.ButtonData.OK_DONE);
            a.getButtonTypes().setAll(ButtonType.CANCEL, unlock);
            a.setOnShown(e -> field.requestFocus());
            Optional<ButtonType> r = a.showAndWait();
            answer.complete(r.filter(b -> b == unlock).map(b -> field.getText().toCharArray()));
        });
        return answer.join();
    }

    @Override
    public HostKeyDecision unknownHostKey(String host, String keyType, String fingerprint) {
        CompletableFuture<HostKeyDecision> answer = new CompletableFuture<>();
        fx.execute(() -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION);
            a.initOwner(owner);
            a.setTitle("Unknown host key");
            a.setHeaderText("The authenticity of " + host + " can't be established.");
            a.setContentText(keyType + " key fingerprint is " + fingerprint
                    + ".\nCompare it with `ssh-keygen -lf /etc/ssh/ssh_host_" + shortType(keyType) + "_key.pub` on the"
                    + " host before you trust it.");
            ButtonType once = new ButtonType("Trust once", ButtonBar.ButtonData.OTHER);
            ButtonType always = new ButtonType("Trust and remember", ButtonBar.ButtonData.OK_DONE);
            a.getButtonTypes().setAll(ButtonType.CANCEL, once, always);
            Optional<ButtonType> r = a.showAndWait();
            answer.complete(r.map(b -> b == always
                            ? HostKeyDecision.ACCEPT_PERMANENTLY
                            : b == once ? HostKeyDecision.ACCEPT_ONCE : HostKeyDecision.REJECT)
                    .orElse(HostKeyDecision.REJECT));
        });
        return answer.join();
    }

    private static String shortType(String keyType) {
        return keyType.startsWith("ssh-") ? keyType.substring(4) : keyType.startsWith("ecdsa") ? "ecdsa" : keyType;
    }
}
