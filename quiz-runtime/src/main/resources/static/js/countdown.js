/* The contest page's countdown to the next round. */
(function () {
    'use strict';
    var el = document.getElementById('next-round-countdown');
    if (!el || !window.CuocThiTimer) {
        return;
    }
    el.parentNode.hidden = false;
    window.CuocThiTimer.start(Number(el.getAttribute('data-countdown')), function (seconds) {
        el.textContent = window.CuocThiTimer.format(seconds, el.getAttribute('data-day'));
    }, function () {
        el.textContent = el.getAttribute('data-done');
    });
})();
