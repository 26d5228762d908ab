package se.esfkg.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import se.esfkg.pipeline.ProgressListener;

/** Shows a run's progress on the terminal. */
final class ProgressBarListener implements ProgressListener {

    private ProgressBar bar;

    @Override
    public void start(int total) {
        bar = new ProgressBarBuilder().setTaskName("convert").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build();
    }

    @Override
    public void step(String fileName) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(fileName);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
