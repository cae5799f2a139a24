package kz.egmis.screening.internal;

import java.time.Duration;

import org.springframework.stereotype.Component;

import kz.egmis.screening.ScreeningPasses;

/** The screening passes other features (the bench) may run. */
@Component
class ScreeningPassesService implements ScreeningPasses {

    private final ScreeningRunner runner;
    private final RealTimeScreening realTime;

    ScreeningPassesService(ScreeningRunner runner, RealTimeScreening realTime) {
        this.runner = runner;
        this.realTime = realTime;
    }

    @Override
    public Figures runFullPass(boolean rebuildTables) {
        return runner.runFullPass(rebuildTables);
    }

    @Override
    public boolean awaitRealTimeScreening(Duration timeout) throws InterruptedException {
        return realTime.awaitIdle(timeout.toMillis());
    }

    @Override
    public RealTimeFigures realTimeFigures() {
        return realTime.figures();
    }
}
