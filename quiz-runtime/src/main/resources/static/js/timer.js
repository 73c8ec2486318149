/* A countdown on the page's monotonic clock (performance.now), anchored to seconds the server computed: the
   device's own clock, often wrong on cheap phones, is never read. */
(function () {
    'use strict';

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function format(seconds, dayWord) {
        var s = Math.max(0, Math.floor(seconds));
        var days = Math.floor(s / 86400), hours = Math.floor(s % 86400 / 3600), minutes = Math.floor(s % 3600 / 60);
        var clock = (hours > 0 || days > 0 ? pad(hours) + ':' : '') + pad(minutes) + ':' + pad(s % 60);
        return days > 0 ? days + ' ' + dayWord + ' ' + clock : clock;
    }

    /* onTick(whole seconds left) about once a second; onZero once, when the time is up. */
    function start(seconds, onTick, onZero) {
        var anchor = performance.now(), stopped = false, timeout = null;

        function left() {
            return Math.max(0, seconds - (performance.now() - anchor) / 1000);
        }

        function tick() {
            if (stopped) {
                return;
            }
            var remaining = left();
            onTick(Math.ceil(remaining));
            if (remaining <= 0) {
                stopped = true;
                if (onZero) {
                    onZero();
                }
                return;
            }
            // wake just after the next whole second, so the display never lags a second behind
            timeout = setTimeout(tick, (remaining % 1 || 1) * 1000 + 15);
        }

        tick();
        return {
            left: left,
            stop: function () {
                stopped = true;
                clearTimeout(timeout);
            }
        };
    }

    window.CuocThiTimer = {start: start, format: format};
})();
