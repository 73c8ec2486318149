/* Live statistics: reload the figures every few seconds while the page is visible (the server caches them). */
(function () {
    'use strict';
    var box = document.getElementById('live-statistics');
    if (!box || !window.fetch || !window.DOMParser) {
        return;
    }
    setInterval(function () {
        if (document.hidden) {
            return;
        }
        fetch(location.href, {credentials: 'same-origin'}).then(function (response) {
            return response.ok ? response.text() : null;
        }).then(function (html) {
            var fresh = html && new DOMParser().parseFromString(html, 'text/html').getElementById('live-statistics');
            if (fresh) {
                box.replaceChildren.apply(box, Array.prototype.slice.call(fresh.childNodes));
            }
        }).catch(function () {
            // offline for a moment: the next round of the timer tries again
        });
    }, Number(box.getAttribute('data-refresh-seconds')) * 1000);
})();
