package potconsole.app.doctor;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** A {@link Ticker} on the FX thread: once at start, then every period (the inventory poller's 5 s). */
final class FxTicker implements Ticker {
    static final Duration EVERY = Duration.seconds(5);

    private Timeline timeline;

    @Override
    public void start(Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(EVERY, e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        tick.run();
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
